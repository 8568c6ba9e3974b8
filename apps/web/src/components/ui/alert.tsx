import type { ReactNode } from 'react';

interface AlertProps {
  tone: 'error' | 'info' | 'success';
  children: ReactNode;
}

/** A message in a box; an error one is announced at once. */
export function Alert({ tone, children }: AlertProps) {
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : undefined}>
      {children}
    </div>
  );
}

/**
 * A polite live region that is always in the page, so that screen readers announce what appears in it
 * (a region added together with its text is often not announced).
 */
export function StatusMessage({ message }: { message: string | null }) {
  return <div role="status">{message && <div className="alert alert--success">{message}</div>}</div>;
}
