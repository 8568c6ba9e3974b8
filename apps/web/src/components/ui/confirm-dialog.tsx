import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './button';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  message: string;
  /** What else the person should see or give before confirming (e.g. what will be frozen, or a note). */
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** False when the step cannot be taken now (the dialog says why): only the way back is offered. */
  confirmable?: boolean;
  busy?: boolean;
  /** Red for what cannot be undone (the default), blue for a step forward. */
  confirmVariant?: 'danger' | 'primary';
  onConfirm: () => void;
  onCancel: () => void;
  /** After the dialog has closed and given the focus back to what opened it, e.g. to move it elsewhere. */
  onClosed?: () => void;
}

/** A modal question on the native <dialog>: it keeps the focus inside, and Escape cancels. */
export function ConfirmDialog({
  open,
  title,
  message,
  children,
  confirmLabel,
  cancelLabel,
  confirmable = true,
  busy,
  confirmVariant = 'danger',
  onConfirm,
  onCancel,
  onClosed,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) {
      dialog.close();
      onClosed?.();
    }
  }, [open, onClosed]);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onCancel}>
      <h2 id={titleId}>{title}</h2>
      <p>{message}</p>
      {children}
      <div className="actions">
        {confirmable && (
          <Button variant={confirmVariant} busy={busy} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        )}
        <Button variant="secondary" onClick={onCancel}>
          {cancelLabel}
        </Button>
      </div>
    </dialog>
  );
}
