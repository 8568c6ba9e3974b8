import { safeReturnTo, signInAddress } from './sign-in-address';

describe('where the sign-in page returns to', () => {
  it('is the page the person was on, with its query and fragment', () => {
    expect(safeReturnTo('/strategies/5f0c/export?format=pdf#versions')).toBe('/strategies/5f0c/export?format=pdf#versions');
  });

  it('is the home page when nothing is given', () => {
    expect(safeReturnTo(null)).toBe('/');
    expect(safeReturnTo('')).toBe('/');
  });

  it.each([
    ['another site, protocol-relative', '//evil.example/strategies'],
    ['another site, with a backslash that browsers read as a slash', '/\\evil.example'],
    ['another site, with a tab the address parser drops', '/\t/evil.example'],
    ['another site, reached by climbing out of the path', '/..//evil.example'],
    ['an absolute address', 'https://evil.example/'],
    ['a script', 'javascript:alert(1)'],
    ['a relative path', 'strategies/1'],
    ['the sign-in page itself', '/sign-in?next=/regions'],
  ])('is the home page for %s', (_case, next) => {
    expect(safeReturnTo(next)).toBe('/');
  });
});

describe('the address of the sign-in page', () => {
  it('carries the page to come back to', () => {
    expect(signInAddress('/strategies/1?lang=de')).toBe('/sign-in?next=%2Fstrategies%2F1%3Flang%3Dde');
  });

  it('carries nothing for the home page or for a place off the site', () => {
    expect(signInAddress('/')).toBe('/sign-in');
    expect(signInAddress('//evil.example')).toBe('/sign-in');
  });
});
