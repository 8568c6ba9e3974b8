/**
 * The file name an answer gives its attachment in Content-Disposition (RFC 6266), without any path in it
 * (a name, not a place to save to); undefined when it gives none.
 */
export function attachmentFilename(contentDisposition: string | null): string | undefined {
  if (!contentDisposition) return undefined;
  const name = extendedFilename(contentDisposition) ?? plainFilename(contentDisposition);
  const base = name?.split(/[/\\]/).pop()?.trim();
  return base || undefined;
}

/** `filename*=UTF-8''Stra%C3%9Fe.pdf`: any letter, percent-encoded; it wins when both forms are given. */
function extendedFilename(header: string): string | undefined {
  const encoded = /filename\*\s*=\s*UTF-8''([^;\s]+)/i.exec(header)?.[1];
  if (!encoded) return undefined;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

/** `filename="v1.pdf"` (with backslash escapes inside the quotes) or a bare `filename=v1.pdf`. */
function plainFilename(header: string): string | undefined {
  const match = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/i.exec(header);
  return match?.[1]?.replace(/\\(.)/g, '$1') ?? match?.[2];
}
