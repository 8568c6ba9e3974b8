import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady, prepareNumberFormat } from './lib/i18n';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/co-drafting.css';
import './styles/proposals.css';
import { App } from './app/app';
import { queryClient } from './app/query-client';
import { preloadPage } from './app/router';
import { meQueryOptions } from './features/auth/api/get-me';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

// A page's code that does not load is most often code a newer release has replaced (file names change with their
// content): the address is loaded afresh rather than left blank, at most once a minute, so that a failure that
// stays (the network is down) is no reload loop.
const reloadedAt = 'belong.reloadedForCode';
window.addEventListener('vite:preloadError', () => {
  if (Date.now() - Number(sessionStorage.getItem(reloadedAt)) < 60_000) return;
  sessionStorage.setItem(reloadedAt, String(Date.now()));
  window.location.reload();
});

// The first language's messages, the page's code (and, on a strategy or section page, its first data) and who is
// signed in are all asked for at once. The app shows once they are in: no keys show, the page renders whole rather
// than after a spinner, and the header does not grow under the page when the account's name and links come in.
const pageCode = preloadPage(window.location);
const signedInPerson = queryClient.prefetchQuery(meQueryOptions());
// In a task of its own, once the first requests have gone out.
setTimeout(prepareNumberFormat, 0);
void Promise.all([i18nReady, signedInPerson, pageCode]).then(() => {
  // In a transition React renders the first page in slices, so that the browser stays free to handle input.
  startTransition(() => {
    createRoot(root).render(<App />);
  });
});
