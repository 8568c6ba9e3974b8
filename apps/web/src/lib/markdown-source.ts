import type { Element, ElementContent, Root, Text } from 'hast';

/** A stretch of the Markdown source, as string indices: `start` inclusive, `end` exclusive. */
export interface SourceRange {
  start: number;
  end: number;
}

interface Options {
  /** The Markdown the tree was parsed from. */
  source: string;
  /** Stretches of the source to mark (comment anchors); they may overlap. */
  highlights?: readonly SourceRange[];
}

/**
 * A rehype plugin that ties the rendered text back to the Markdown source. Every text node that is a
 * verbatim copy of its source (not an escape, an entity or inline code) is wrapped in a span that carries
 * its source offset, so that a selection in the page can be quoted from the source, which is what the API
 * checks anchors against. Stretches to highlight are wrapped in <mark> instead.
 */
export function rehypeSourceOffsets({ source, highlights = [] }: Options) {
  const ranges = union(highlights);
  return (tree: Root) => {
    for (const child of tree.children) if (child.type === 'element') transform(child, source, ranges);
  };
}

function transform(element: Element, source: string, ranges: SourceRange[]): void {
  element.children = element.children.flatMap((child): ElementContent[] => {
    if (child.type === 'element') {
      transform(child, source, ranges);
      return [child];
    }
    if (child.type !== 'text') return [child];
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined || source.slice(start, end) !== child.value) return [child];
    return split(child, start, ranges);
  });
}

/** The text node cut where highlights begin and end, each piece with its source offset. */
function split(text: Text, start: number, ranges: SourceRange[]): Element[] {
  const end = start + text.value.length;
  const cuts = new Set([start, end]);
  for (const range of ranges) {
    if (range.start > start && range.start < end) cuts.add(range.start);
    if (range.end > start && range.end < end) cuts.add(range.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  return points.slice(0, -1).map((from, i) => {
    const to = points[i + 1]!;
    const marked = ranges.some((range) => range.start <= from && range.end >= to);
    return {
      type: 'element',
      tagName: marked ? 'mark' : 'span',
      properties: marked ? { dataSourceOffset: from, className: ['anchor-highlight'] } : { dataSourceOffset: from },
      children: [{ type: 'text', value: text.value.slice(from - start, to - start) }],
    };
  });
}

/** Overlapping or touching ranges become one. */
function union(ranges: readonly SourceRange[]): SourceRange[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const merged: SourceRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * The stretch of the Markdown source that a selection in the rendered text (inside `root`) covers, without
 * the white space at its ends; null when it covers no text that maps to the source.
 */
export function selectedSourceRange(root: HTMLElement, range: Range, source: string): SourceRange | null {
  let start: number | null = null;
  let end: number | null = null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const offset = node.parentElement?.dataset.sourceOffset;
    if (offset === undefined || !range.intersectsNode(node)) continue;
    const base = Number(offset);
    const length = node.textContent?.length ?? 0;
    start ??= node === range.startContainer ? base + range.startOffset : base;
    end = node === range.endContainer ? base + range.endOffset : base + length;
  }
  if (start === null || end === null) return null;
  while (start < end && /\s/u.test(source[start]!)) start++;
  while (end > start && /\s/u.test(source[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}
