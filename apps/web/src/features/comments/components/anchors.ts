import type { Comment, TextQuoteDto } from '@belong/contracts';
import { locateQuote } from '@belong/domain';
import type { SourceRange } from '../../../lib/markdown-source';

/** How much of the text around the quoted words goes with them, to tell repeated words apart. */
const contextLength = 32;

/** The anchor of a stretch of the section's Markdown: the words, and some text on either side. */
export function quoteOf(source: string, { start, end }: SourceRange): TextQuoteDto {
  const prefix = source.slice(Math.max(0, start - contextLength), start);
  const suffix = source.slice(end, end + contextLength);
  return { exact: source.slice(start, end), ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
}

/** Where the open comments' quoted words are in the current text (outdated ones are not in it any more). */
export function highlightsOf(comments: readonly Comment[], source: string): SourceRange[] {
  return comments.flatMap((comment) => {
    if (!comment.anchor || comment.outdated || comment.status !== 'open') return [];
    const start = locateQuote(comment.anchor, source);
    return start === -1 ? [] : [{ start, end: start + comment.anchor.exact.length }];
  });
}
