import { expectAccessible, journey } from '../support/browser.mjs';
import { admin, expectFocus, onPage, signIn, uniqueEmail } from '../support/app.mjs';

journey('an administrator creates an account from the member form, adds it to Donegal, then removes it', async (page) => {
  const email = uniqueEmail('volunteer');
  await signIn(page, admin.email, { password: admin.password });
  await page.getByRole('link', { name: 'Regions', exact: true }).click();
  await onPage(page, 'Partner regions');
  await page.getByRole('link', { name: 'Donegal / Dún na nGall' }).click();
  await onPage(page, 'Donegal / Dún na nGall');

  await page.getByRole('button', { name: 'Add a member' }).click();
  const find = page.getByRole('form', { name: 'Find a person' });
  await find.getByLabel('Email address').fill(email);
  await find.getByRole('button', { name: 'Find account' }).click();
  await page.getByText(`No account uses ${email}.`).waitFor();

  const account = page.getByRole('form', { name: `Create an account for ${email}` });
  await account.getByLabel('Full name').fill('Orla Volunteer');
  await account.getByLabel('Password').fill('too short');
  await account.getByRole('button', { name: 'Create account' }).click();
  await account.locator('#create-account-password-error').getByText('Use at least 12 characters.').waitFor();
  await expectFocus(page, '.error-summary', 'the focus goes to the error summary');
  await expectAccessible(page, 'the account form with an error');
  await account.getByLabel('Password').fill('a long enough passphrase');
  await account.getByRole('button', { name: 'Create account' }).click();

  const memberForm = page.getByRole('form', { name: 'Add a member' });
  await memberForm.getByText(`Adding Orla Volunteer (${email})`).waitFor();
  await memberForm.getByLabel('Role').selectOption({ label: 'Stakeholder' });
  await memberForm.getByRole('button', { name: 'Add member' }).click();
  await memberForm.locator('#add-member-organisationId-error').getByText('Choose the organisation this stakeholder belongs to.').waitFor();
  await memberForm.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Donegal Intercultural Platform' });
  await memberForm.getByLabel('Signs for the organisation').check();
  await expectAccessible(page, 'the member form for a stakeholder');
  await memberForm.getByRole('button', { name: 'Add member' }).click();
  await page.getByRole('status').getByText('Orla Volunteer has been added as Stakeholder.').waitFor();

  const members = page.getByRole('table', { name: 'Members of the region' });
  const row = members.locator('tbody tr', { hasText: email });
  await row.getByText('Donegal Intercultural Platform').waitFor();
  await row.getByText('Signs for the organisation').waitFor();

  await row.getByRole('button', { name: 'Remove Orla Volunteer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove member?' });
  await dialog.getByText('Orla Volunteer will no longer be a member of Donegal / Dún na nGall.').waitFor();
  await expectAccessible(page, 'the removal confirmation');
  await dialog.getByRole('button', { name: 'Remove member' }).click();
  await page.getByRole('status').getByText('Orla Volunteer is no longer a member of Donegal / Dún na nGall.').waitFor();
  await row.waitFor({ state: 'detached' });
  await expectAccessible(page, 'the region page after the removal');
});
