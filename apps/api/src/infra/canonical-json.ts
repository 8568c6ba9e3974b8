/**
 * JSON with object keys sorted and no white space: the same data always gives the same bytes, so that it
 * can be hashed (idempotency fingerprints, version checksums). Written with a stack of its own rather than by
 * recursion, so that no value, however deeply nested, overflows the call stack.
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  // What is still to write, next on top: values, and the brackets, keys and commas around them.
  const pending: Array<{ value: unknown } | string> = [{ value }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next === 'string') out.push(next);
    else if (Array.isArray(next.value)) pushArray(pending, next.value);
    else if (next.value && typeof next.value === 'object') pushObject(pending, next.value as Record<string, unknown>);
    else out.push(JSON.stringify(next.value) ?? 'null');
  }
  return out.join('');
}

type Pending = Array<{ value: unknown } | string>;

function pushArray(pending: Pending, items: unknown[]): void {
  pending.push(']');
  for (let i = items.length - 1; i >= 0; i--) {
    pending.push({ value: items[i] });
    if (i > 0) pending.push(',');
  }
  pending.push('[');
}

function pushObject(pending: Pending, object: Record<string, unknown>): void {
  const entries = Object.entries(object)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  pending.push('}');
  for (let i = entries.length - 1; i >= 0; i--) {
    const [key, value] = entries[i]!;
    pending.push({ value }, `${JSON.stringify(key)}:`);
    if (i > 0) pending.push(',');
  }
  pending.push('{');
}
