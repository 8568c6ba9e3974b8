export type DiffOp = 'equal' | 'insert' | 'delete';
export interface DiffChunk {
  op: DiffOp;
  text: string;
}

/** Words and the white space between them, so that the chunks put together give both texts back. */
function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/gu) ?? [];
}

/**
 * Word-level diff of two texts (Myers' O(ND) algorithm): `equal` and `delete` chunks spell the old text,
 * `equal` and `insert` chunks the new one. Neighbouring tokens of one kind are merged into one chunk.
 */
export function wordDiff(before: string, after: string): DiffChunk[] {
  const a = tokens(before);
  const b = tokens(after);
  const ops = myers(a, b);
  const chunks: DiffChunk[] = [];
  for (const [op, token] of ops) {
    const last = chunks[chunks.length - 1];
    if (last && last.op === op) last.text += token;
    else chunks.push({ op, text: token });
  }
  return chunks;
}

/** Beyond this many edits the texts have little in common: one deletion and one insertion say it plainly. */
const maxEdits = 2000;

function myers(a: string[], b: string[]): Array<[DiffOp, string]> {
  const n = a.length;
  const m = b.length;
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  // trace[d] is v before step d, kept only where step d can read it: k from -d-1 to d+1.
  const trace: Int32Array[] = [];
  const at = (snapshot: Int32Array, d: number, k: number) => snapshot[k + d + 1]!;
  let done = false;
  for (let d = 0; d <= Math.min(n + m, maxEdits) && !done; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
  }
  if (!done) return [...a.map((t): [DiffOp, string] => ['delete', t]), ...b.map((t): [DiffOp, string] => ['insert', t])];

  // Walk the trace back from the end to recover the edit script.
  const script: Array<[DiffOp, string]> = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const snapshot = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(snapshot, d, k - 1) < at(snapshot, d, k + 1)) ? k + 1 : k - 1;
    const prevX = at(snapshot, d, prevK);
    const prevY = prevX - prevK;
    for (; x > prevX && y > prevY; x--, y--) script.push(['equal', a[x - 1]!]);
    if (x === prevX) script.push(['insert', b[--y]!]);
    else script.push(['delete', a[--x]!]);
  }
  for (; x > 0 && y > 0; x--, y--) script.push(['equal', a[x - 1]!]);
  return script.reverse();
}
