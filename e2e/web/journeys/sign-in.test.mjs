import { baseUrl, expectAccessible, journey } from '../support/browser.mjs';
import { expectFocus, onPage, uniqueEmail } from '../support/app.mjs';

async function submit(page, email, password) {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('form', { name: 'Sign in' }).getByRole('button', { name: 'Sign in' }).click();
}

journey('sign-in explains what went wrong, in words chosen by the error code', async (page) => {
  await page.goto(`${baseUrl}/sign-in`);
  await onPage(page, 'Sign in');

  await submit(page, '', '');
  const summary = page.getByRole('alert');
  await summary.getByRole('link', { name: 'Email address: This field is required.' }).waitFor();
  await summary.getByRole('link', { name: 'Password: This field is required.' }).waitFor();
  await expectFocus(page, '.error-summary', 'the focus goes to the error summary');
  await expectAccessible(page, 'the sign-in page with field errors');
  await summary.getByRole('link', { name: 'Password: This field is required.' }).click();
  await expectFocus(page, '#sign-in-password', 'the focus goes to the password');

  await submit(page, 'observer@demo.belong.eu', 'not the password');
  await page.getByRole('alert').getByText('The email address or the password is wrong.').waitFor();
  await expectAccessible(page, 'the sign-in page with a refused sign-in');

  // Five failures for one account, and the sixth attempt is throttled.
  const nobody = uniqueEmail('nobody');
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await submit(page, nobody, 'wrong-password');
    await page.getByRole('alert').getByText('The email address or the password is wrong.').waitFor();
  }
  await submit(page, nobody, 'wrong-password');
  await page
    .getByRole('alert')
    .getByText(/^Too many attempts\. Try again in \d+ minutes?\.$/)
    .waitFor();
});
