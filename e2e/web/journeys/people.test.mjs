import assert from 'node:assert/strict';
import { baseUrl, expectAccessible, journey } from '../support/browser.mjs';
import {
  admin,
  api,
  apiToken,
  createCoordinator,
  createUserAsAdmin,
  createdPassword,
  linkFromOutbox,
  onPage,
  regionIdOf,
  signIn,
  signOut,
  uniqueEmail,
} from '../support/app.mjs';

// Bringing people in without a mail server: what Belong would email stays in the outbox, which the journeys
// read as the administrator does, and the links in it work.

journey('a coordinator invites an NGO’s people by email; one accepts from the link and lands in the region', async (page) => {
  const coordinator = await createCoordinator('leipzig', 'Petra Sommer');
  const leipzig = await regionIdOf('leipzig');
  const first = uniqueEmail('invited');
  const second = uniqueEmail('invited');
  await signIn(page, coordinator.email, { password: coordinator.password });

  await page.goto(`${baseUrl}/regions/${leipzig}`);
  await onPage(page, 'Leipzig');
  await page.getByRole('button', { name: 'Invite people by email' }).click();
  const form = page.getByRole('form', { name: 'Invite people by email' });
  await form.getByLabel('Email addresses').fill(`${first}, ${second}`);
  await form.getByLabel('Role', { exact: true }).selectOption({ label: 'Stakeholder' });
  await form.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Willkommen in Leipzig e.V.' });
  await form.getByLabel('Signs for the organisation').check();
  await expectAccessible(page, 'the invitation form');
  await form.getByRole('button', { name: 'Send invitations' }).click();
  await form.getByRole('status').getByText('2 invitations sent.').waitFor();
  const invitations = page.getByRole('table', { name: 'Invitations to the region, newest first' });
  await invitations
    .getByRole('row', { name: new RegExp(first.replace(/[.+]/g, '\\$&')) })
    .getByText('Waiting')
    .waitFor();

  // The second address was a mistake: the coordinator withdraws it.
  await page.getByRole('button', { name: `Withdraw the invitation to ${second}` }).click();
  await page.getByRole('status').getByText(`The invitation to ${second} was withdrawn.`).waitFor();
  await invitations
    .getByRole('row', { name: new RegExp(second.replace(/[.+]/g, '\\$&')) })
    .getByText('Withdrawn')
    .waitFor();
  await expectAccessible(page, 'the region with its invitations');
  await signOut(page);

  await page.goto(`${baseUrl}${await linkFromOutbox(first, 'invitations')}`);
  await onPage(page, 'Invitation to Leipzig');
  await page.getByText('Petra Sommer invites you to work on the integration strategy of Leipzig.').waitFor();
  await page.getByText('Willkommen in Leipzig e.V.').waitFor();
  const accept = page.getByRole('form', { name: 'Accept the invitation' });
  await accept.getByRole('button', { name: 'Accept the invitation' }).click();
  await accept.getByText('There is a problem').waitFor();
  await expectAccessible(page, 'the invitation with its errors');
  await accept.getByLabel('Your name').fill('Malik Osei');
  await accept.getByLabel('New password', { exact: true }).fill('welcome to the region 2026');
  await accept.getByRole('button', { name: 'Accept the invitation' }).click();

  await onPage(page, 'Leipzig');
  await page.getByRole('link', { name: 'Signed in as Malik Osei' }).waitFor();
  const me = await (await page.request.get(`${baseUrl}/api/auth/me`)).json();
  assert.deepEqual(
    me.memberships.map((m) => [m.role, m.signatory]),
    [['stakeholder', true]],
  );

  const withdrawn = await linkFromOutbox(second, 'invitations');
  await signOut(page);
  await page.goto(`${baseUrl}${withdrawn}`);
  await page.getByText('This invitation was used, withdrawn or has expired. Ask the coordinator for a new one.').waitFor();
  await expectAccessible(page, 'a withdrawn invitation');
});

journey(
  'someone who forgot their password chooses a new one from the emailed link, then changes it on their account page',
  async (page) => {
    const email = uniqueEmail('forgetful');
    await createUserAsAdmin({ email, name: 'Rosa Forgetful' });

    await page.goto(`${baseUrl}/sign-in`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await onPage(page, 'Forgot your password?');
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByRole('status').getByText(`If ${email} belongs to an account, a link is on its way. Check your inbox.`).waitFor();

    await page.goto(`${baseUrl}${await linkFromOutbox(email, 'reset-password')}`);
    await onPage(page, 'Choose a new password');
    await page.getByLabel('New password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByText('There is a problem').waitFor();
    await expectAccessible(page, 'the new password with its error');
    await page.getByLabel('New password', { exact: true }).fill('a remembered passphrase');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByRole('status').getByText('Your password has been changed', { exact: false }).waitFor();

    await signIn(page, email, { password: 'a remembered passphrase' });
    await page.getByRole('link', { name: 'Signed in as Rosa Forgetful' }).click();
    await onPage(page, 'Your account');
    await page.getByLabel('Current password').fill(createdPassword);
    await page.getByLabel('New password', { exact: true }).fill('another remembered passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('This is not your current password', { exact: false }).or(page.getByText('There is a problem')).first().waitFor();
    await page.getByLabel('Current password').fill('a remembered passphrase');
    await page.getByLabel('New password', { exact: true }).fill('another remembered passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('status').getByText('Your password has been changed. Your other sessions have been signed out.').waitFor();
    await expectAccessible(page, 'the account page after a change of password');
  },
);

journey('the administrator reads the outbox, where mail waits when no mail server is set', async (page) => {
  const email = uniqueEmail('outbox');
  await createUserAsAdmin({ email, name: 'Olu Outbox' });
  await api('/auth/password-reset', { method: 'POST', body: { email } });
  await signIn(page, admin.email, { password: admin.password });
  await page.getByRole('link', { name: 'Outbox' }).click();
  await onPage(page, 'Outbox');
  const message = page
    .getByRole('listitem')
    .filter({ hasText: `To ${email}` })
    .first();
  await message.getByRole('heading', { name: 'Choose a new password for Belong' }).waitFor();
  await message.getByText('kept here (no mail server)', { exact: false }).waitFor();
  await message.getByRole('button', { name: 'Show the message' }).click();
  await message.getByText('/reset-password/', { exact: false }).waitFor();
  await expectAccessible(page, 'the outbox with a message open');

  // The message itself, as a mail program shows its HTML part: accessible too.
  const token = await apiToken(admin.email, admin.password);
  const { items } = await api('/admin/outbox?limit=50', { token });
  const { html } = await api(`/admin/outbox/${items.find((m) => m.to === email).id}`, { token });
  await page.setContent(html);
  await page.getByRole('heading', { level: 1, name: 'Choose a new password for Belong' }).waitFor();
  await page.getByRole('link', { name: 'Choose a new password' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await expectAccessible(page, 'the HTML of the password reset email');
});
