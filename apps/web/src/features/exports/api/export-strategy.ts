import type { exportFormats } from '@belong/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiFile, type FileOptions } from '../../../lib/api-client';

export type ExportFormat = (typeof exportFormats)[number];

export interface ExportRequest {
  strategyId: string;
  format: ExportFormat;
  /** A submitted version; without one, the working draft. */
  version?: number;
  /** A language the strategy is translated into: the document in it, where translated (not for JSON). */
  lang?: string;
}

export interface ExportedFile {
  blob: Blob;
  filename: string;
}

/**
 * Fetches the strategy as a document. Fetched here rather than by a plain link, so that a refusal (a
 * version that does not exist, every export slot busy) is said on the page instead of saved as a file.
 */
export async function exportStrategy(
  { strategyId, format, version, lang }: ExportRequest,
  options: FileOptions = {},
): Promise<ExportedFile> {
  const file = await apiFile(`/strategies/${encodeURIComponent(strategyId)}/export`, { format, version, lang }, options);
  // The API always names the file; the fallback only keeps the extension right should it not.
  return { blob: file.blob, filename: file.filename ?? `strategy-${version === undefined ? 'draft' : `v${version}`}.${format}` };
}

/** An export as the page starts it: what to export, and how to follow (and cancel) the download. */
export interface ExportCall extends FileOptions {
  request: ExportRequest;
}

export function useExportStrategy() {
  return useMutation({ mutationFn: ({ request, ...options }: ExportCall) => exportStrategy(request, options) });
}
