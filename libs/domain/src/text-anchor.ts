/** A W3C Web Annotation text quote selector: the quoted words, with some context on either side. */
export interface TextQuote {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/**
 * Finds the quote in a text, as a comment's anchor is found again in a new revision: the start index, or
 * -1 when the quoted words are gone. Where they occur more than once, the occurrence whose surroundings
 * match the prefix and suffix best wins (then the first).
 */
export function locateQuote(quote: TextQuote, text: string): number {
  if (!quote.exact) return -1;
  let best = -1;
  let bestScore = -1;
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    const score = contextScore(quote, text, at);
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
  }
  return best;
}

function contextScore({ exact, prefix = '', suffix = '' }: TextQuote, text: string, at: number): number {
  const before = text.slice(Math.max(0, at - prefix.length), at);
  const after = text.slice(at + exact.length, at + exact.length + suffix.length);
  return commonSuffixLength(before, prefix) + commonPrefixLength(after, suffix);
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function commonSuffixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}
