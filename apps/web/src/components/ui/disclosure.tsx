import { useId, useState, type ReactNode } from 'react';
import { Button } from './button';

interface DisclosureProps {
  label: string;
  /** Renders the opened content; `close` folds it again. */
  children: (close: () => void) => ReactNode;
}

/** A button that shows and hides a panel (a form, usually), and says whether it is open. */
export function Disclosure({ label, children }: DisclosureProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="disclosure">
      <Button
        variant="secondary"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open);
        }}
      >
        {label}
      </Button>
      <div id={panelId} hidden={!open} className="disclosure__panel">
        {open &&
          children(() => {
            setOpen(false);
          })}
      </div>
    </div>
  );
}
