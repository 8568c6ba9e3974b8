import type { exportFormats } from '@belong/contracts';

export type ExportFormat = (typeof exportFormats)[number];

/**
 * Where the browser downloads a strategy from: the API answers with the file as an attachment, so a plain
 * link with the session cookie does it, without holding the document in memory here. Without a version,
 * the working draft.
 */
export function exportUrl(strategyId: string, format: ExportFormat, version?: number): string {
  const params = new URLSearchParams({ format });
  if (version !== undefined) params.set('version', String(version));
  return `/api/strategies/${encodeURIComponent(strategyId)}/export?${params.toString()}`;
}
