import assert from 'node:assert/strict';
import { baseUrl, journey } from '../support/browser.mjs';
import { chooseLanguage, demoPassword, onPage, signIn } from '../support/app.mjs';
import { strategyInConsultation } from '../support/strategies.mjs';

/** Signs in with the form of the sign-in page the person was sent to. */
async function signInHere(page, email) {
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email address').fill(email);
  await form.getByLabel('Password').fill(demoPassword);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

/** Ends the session on the server (as when it expires or is revoked elsewhere) while the page stays open. */
async function endSession(page) {
  const { csrfToken } = await (await page.request.get(`${baseUrl}/api/auth/me`)).json();
  const ended = await page.request.post(`${baseUrl}/api/auth/logout`, { headers: { 'X-CSRF-Token': csrfToken } });
  assert.equal(ended.status(), 204);
}

journey('a visitor who follows a link to a strategy signs in and lands on the strategy', async (page) => {
  const title = `Strategy behind a link ${Date.now()}`;
  const { strategy } = await strategyInConsultation(title);

  await page.goto(`${baseUrl}/strategies/${strategy.id}`);
  await onPage(page, 'Sign in');
  await page.getByText('Sign in to continue. You will then return to the page you asked for.').waitFor();
  assert.equal(new URL(page.url()).searchParams.get('next'), `/strategies/${strategy.id}`);

  await signInHere(page, 'observer@demo.belong.eu');
  await onPage(page, title);
  assert.equal(page.url(), `${baseUrl}/strategies/${strategy.id}`);
});

journey('a person whose session ended while reading signs in again and comes back to where they were going', async (page) => {
  const title = `Strategy read for a while ${Date.now()}`;
  const { strategy } = await strategyInConsultation(title);
  await signIn(page, 'observer@demo.belong.eu');
  await page.goto(`${baseUrl}/strategies/${strategy.id}`);
  await onPage(page, title);

  await endSession(page);
  await page.getByRole('navigation', { name: 'Work on this strategy' }).getByRole('link', { name: 'Recommendations' }).click();
  await onPage(page, 'Sign in');
  assert.equal(new URL(page.url()).searchParams.get('next'), `/strategies/${strategy.id}/recommendations`);
  await signInHere(page, 'observer@demo.belong.eu');
  await onPage(page, 'Recommendations');
  assert.equal(page.url(), `${baseUrl}/strategies/${strategy.id}/recommendations`);

  // A change that finds the session gone does the same: here, saving the interface language with the account.
  await endSession(page);
  await chooseLanguage(page, 'Deutsch');
  await onPage(page, 'Anmelden');
  assert.equal(new URL(page.url()).searchParams.get('next'), `/strategies/${strategy.id}/recommendations`);
});

journey('the sign-in page never sends anyone off the site afterwards', async (page) => {
  for (const next of ['//evil.example/', '/\\evil.example/']) {
    await page.goto(`${baseUrl}/sign-in?next=${encodeURIComponent(next)}`);
    await onPage(page, 'Sign in');
    await signInHere(page, 'observer@demo.belong.eu');
    await onPage(page, 'Welcome to Belong');
    assert.equal(page.url(), `${baseUrl}/`, `after signing in with next=${next}`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await onPage(page, 'Sign in');
  }
});
