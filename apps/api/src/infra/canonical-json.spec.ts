import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('writes a value nested 100,000 deep: keys sorted, undefined members left out, undefined items as null', () => {
    const depth = 100_000;
    let value: unknown = [undefined, 'ä"', 1.5];
    for (let i = 0; i < depth; i++) value = { z: true, a: value, m: undefined, b: [null] };
    expect(canonicalJson(value)).toBe(`${'{"a":'.repeat(depth)}[null,"ä\\"",1.5]${',"b":[null],"z":true}'.repeat(depth)}`);
  });
});
