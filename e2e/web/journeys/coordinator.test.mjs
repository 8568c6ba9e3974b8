import assert from 'node:assert/strict';
import { baseUrl, expectAccessible, journey } from '../support/browser.mjs';
import { chooseLanguage, createUserAsAdmin, expectFocus, onPage, signIn, uniqueEmail } from '../support/app.mjs';

journey('a coordinator adds an organisation and a member to Leipzig, then signs out', async (page) => {
  const newcomer = await createUserAsAdmin({ email: uniqueEmail('newcomer'), name: 'Nadia Newcomer' });

  await page.goto(`${baseUrl}/sign-in`);
  await onPage(page, 'Sign in');

  // The coordinator's account is set to German: signing in switches the interface to it.
  await signIn(page, 'coordinator@demo.belong.eu', { english: false });
  await onPage(page, 'Willkommen bei Belong');
  await chooseLanguage(page, 'English');
  await onPage(page, 'Welcome to Belong');
  await page.getByRole('region', { name: 'Your regions' }).getByRole('link', { name: 'Leipzig' }).waitFor();
  await expectAccessible(page, 'the home page');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Regions' }).click();
  await onPage(page, 'Partner regions');
  assert.equal(await page.title(), 'Partner regions – Belong');
  const regions = page.getByRole('table', { name: 'Partner regions' });
  await regions.getByRole('link', { name: 'Leipzig' }).waitFor();
  assert.equal(await regions.locator('tbody tr').count(), 11);
  const leipzig = regions.locator('tbody tr', { hasText: 'Leipzig' });
  for (const fact of ['Germany', 'DED5', 'German', 'Aufbauwerk Region Leipzig GmbH']) {
    await leipzig.getByText(fact, { exact: true }).waitFor();
  }
  await regions.locator('tbody tr', { hasText: 'Catalunya' }).getByText('Catalan and Spanish').waitFor();
  await expectAccessible(page, 'the regions page');

  await regions.getByRole('link', { name: 'Leipzig' }).click();
  await onPage(page, 'Leipzig');
  const organisations = page.getByRole('table', { name: 'Organisations of the region' });
  await organisations.getByText('Willkommen in Leipzig e.V.').waitFor();
  await expectAccessible(page, 'the region page');

  // Add an organisation.
  await page.getByRole('button', { name: 'Add an organisation' }).click();
  const organisationForm = page.getByRole('form', { name: 'Add an organisation' });
  await expectAccessible(page, 'the region page with the organisation form open');
  await organisationForm.getByLabel('Name').fill('Café International Leipzig');
  await organisationForm.getByLabel('Type').selectOption({ label: 'Migrant organisation' });
  await organisationForm.getByLabel('Website (optional)').fill('https://cafe-international.example.org');
  await organisationForm.getByRole('button', { name: 'Add organisation' }).click();
  await page.getByRole('status').getByText('The organisation “Café International Leipzig” has been added.').waitFor();
  const added = organisations.locator('tbody tr', { hasText: 'Café International Leipzig' });
  await added.getByText('Migrant organisation').waitFor();

  // The same name again: the server's conflict shows next to the field and in the summary, which takes the focus.
  await organisationForm.getByLabel('Name').fill('Café International Leipzig');
  await organisationForm.getByLabel('Type').selectOption({ label: 'Other' });
  await organisationForm.getByRole('button', { name: 'Add organisation' }).click();
  await organisationForm.getByRole('alert').getByText('There is a problem').waitFor();
  await organisationForm.getByText('The region already has an organisation with this name.', { exact: true }).waitFor();
  await expectFocus(page, '.error-summary', 'the focus goes to the error summary');
  await expectAccessible(page, 'the organisation form with an error');

  // Add the newcomer as an official of the regional authority.
  await page.getByRole('button', { name: 'Add a member' }).click();
  await expectAccessible(page, 'the region page with the member form open');
  const find = page.getByRole('form', { name: 'Find a person' });
  await find.getByLabel('Email address').fill(newcomer.email);
  await find.getByRole('button', { name: 'Find account' }).click();
  const memberForm = page.getByRole('form', { name: 'Add a member' });
  await memberForm.getByText(`Adding Nadia Newcomer (${newcomer.email})`).waitFor();
  await memberForm.getByLabel('Role').selectOption({ label: 'Official' });
  await memberForm.getByLabel('Department (optional)').fill('Integration office');
  await expectAccessible(page, 'the member form with a role chosen');
  await memberForm.getByRole('button', { name: 'Add member' }).click();
  await page.getByRole('status').getByText('Nadia Newcomer has been added as Official.').waitFor();
  const member = page.getByRole('table', { name: 'Members of the region' }).locator('tbody tr', { hasText: newcomer.email });
  await member.getByText('Official', { exact: true }).waitFor();
  await member.getByText('Integration office').waitFor();
  await expectAccessible(page, 'the region page after adding a member');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await onPage(page, 'Sign in');
  await page.getByRole('status').getByText('You have signed out.').waitFor();
  assert.equal((await page.request.get(`${baseUrl}/api/auth/me`)).status(), 401);
});
