import { nestsDeeperThan } from './json-depth';

describe('nestsDeeperThan', () => {
  const nested = (depth: number, wrap: (inner: unknown) => unknown) => {
    let value: unknown = 'leaf';
    for (let i = 0; i < depth; i++) value = wrap(value);
    return value;
  };

  it('counts arrays and objects alike, the body itself as level 1', () => {
    for (const wrap of [(inner: unknown) => [inner], (inner: unknown) => ({ a: 1, inner })]) {
      expect(nestsDeeperThan(nested(32, wrap), 32)).toBe(false);
      expect(nestsDeeperThan(nested(33, wrap), 32)).toBe(true);
    }
    expect(nestsDeeperThan('text', 0)).toBe(false);
  });

  it('walks 100,000 levels without overflowing the stack', () => {
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)) as unknown;
    expect(nestsDeeperThan(deep, 100_000)).toBe(false);
    expect(nestsDeeperThan(deep, 99_999)).toBe(true);
  });
});
