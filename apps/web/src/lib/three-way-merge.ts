import { wordDiff } from '@belong/domain';

/** One change to the base text: the stretch [start, end) is replaced by `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The changes that turn `base` into `changed`, word by word; neighbouring deletions and insertions form one edit. */
function editsOf(base: string, changed: string): Edit[] {
  const edits: Edit[] = [];
  let at = 0;
  let open: Edit | null = null;
  for (const chunk of wordDiff(base, changed)) {
    if (chunk.op === 'equal') {
      open = null;
      at += chunk.text.length;
      continue;
    }
    if (!open) {
      open = { start: at, end: at, text: '' };
      edits.push(open);
    }
    if (chunk.op === 'delete') {
      at += chunk.text.length;
      open.end = at;
    } else {
      open.text += chunk.text;
    }
  }
  return edits;
}

const sameEdit = (a: Edit, b: Edit) => a.start === b.start && a.end === b.end && a.text === b.text;
/** Edits that touch the same words, or meet without a word between them, clash. */
const clash = (a: Edit, b: Edit) => a.start <= b.end && b.start <= a.end;

/**
 * Both people's changes to the text they started from, applied together, when they changed different words;
 * null when they changed the same ones (a person then decides).
 */
export function mergeTexts(base: string, mine: string, theirs: string): string | null {
  if (mine === theirs || theirs === base) return mine;
  if (mine === base) return theirs;
  const mineEdits = editsOf(base, mine);
  const edits = [...mineEdits];
  for (const edit of editsOf(base, theirs)) {
    if (mineEdits.some((other) => sameEdit(other, edit))) continue;
    if (mineEdits.some((other) => clash(other, edit))) return null;
    edits.push(edit);
  }
  // From the end backwards, so that each edit's offsets still hold when it is applied.
  edits.sort((a, b) => b.start - a.start);
  return edits.reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), base);
}
