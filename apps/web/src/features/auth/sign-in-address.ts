const signInPath = '/sign-in';
/** Any origin will do: addresses are resolved against it only to see whether they stay on it. */
const here = 'https://belong.invalid';
/** One slash, then anything but a second slash or a backslash (which browsers read as a slash). */
const sitePath = /^\/(?![/\\])/;
// eslint-disable-next-line no-control-regex -- the address parser drops tabs and newlines, so `/\t/host` would become `//host`
const unsafeCharacters = /[\\\u0000-\u001f\u007f]/;

/**
 * Where the sign-in page sends the person afterwards: a path of this app, else the home page. Nothing that
 * could lead off the site (an open redirect) gets through: `//host`, `/\host`, `https://…`, `/..//host`.
 */
export function safeReturnTo(next: string | null): string {
  if (!next || !sitePath.test(next) || unsafeCharacters.test(next)) return '/';
  let url: URL;
  try {
    url = new URL(next, here);
  } catch {
    return '/';
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (url.origin !== here || !sitePath.test(path) || url.pathname.replace(/\/$/, '') === signInPath) return '/';
  return path;
}

/** The sign-in page, told to come back to `returnTo` (a path of this app) afterwards. */
export function signInAddress(returnTo: string): string {
  const path = safeReturnTo(returnTo);
  return path === '/' ? signInPath : `${signInPath}?${new URLSearchParams({ next: path }).toString()}`;
}

/** What the sign-in page is told when a page that needs a session sent the person there. */
export interface SignInNeededState {
  signInNeeded: true;
}
