export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

const symbols: Record<BadgeTone, string> = { neutral: '○', info: '●', success: '✓', warning: '…', danger: '!' };

/** A short state in words; its symbol and colour only repeat what the words say. */
export function Badge({ tone, children }: { tone: BadgeTone; children: string }) {
  return (
    <span className={`badge badge--${tone}`}>
      <span className="badge__symbol" aria-hidden="true">
        {symbols[tone]}
      </span>
      {children}
    </span>
  );
}
