import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { ConfirmDialog } from './confirm-dialog';

interface ConfirmButtonProps {
  /** What the button and the confirmation say, e.g. "Delete your comment". */
  label: string;
  title: string;
  message: string;
  busy: boolean;
  /** Runs the action on confirmation; `close` closes the dialog once the action has settled. */
  onConfirm: (close: () => void) => void;
}

/** A button for what cannot be undone: it asks first, in a dialog. */
export function ConfirmButton({ label, title, message, busy, onConfirm }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
  };
  return (
    <>
      <Button
        variant="danger"
        onClick={() => {
          setOpen(true);
        }}
      >
        {label}
      </Button>
      <ConfirmDialog
        open={open}
        title={title}
        message={message}
        confirmLabel={label}
        cancelLabel={t('common.cancel')}
        busy={busy}
        onConfirm={() => {
          onConfirm(close);
        }}
        onCancel={close}
      />
    </>
  );
}
