import assert from 'node:assert/strict';
import { baseUrl, expectAccessible, journey } from '../support/browser.mjs';
import { admin, onPage, regionIdOf, signIn } from '../support/app.mjs';

journey('a visitor switches to Deutsch, and the choice stays after a reload', async (page) => {
  await page.goto(`${baseUrl}/regions`);
  await onPage(page, 'Partner regions');
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await onPage(page, 'Partnerregionen');
  assert.equal(await page.locator('html').getAttribute('lang'), 'de');
  assert.equal(await page.title(), 'Partnerregionen – Belong');
  assert.equal(await page.getByRole('button', { name: 'Deutsch' }).getAttribute('aria-pressed'), 'true');
  // Language and country names come from the browser, in the interface language.
  const catalonia = page.getByRole('table', { name: 'Partnerregionen' }).locator('tbody tr', { hasText: 'Catalunya' });
  await catalonia.getByText('Katalanisch und Spanisch').waitFor();
  await catalonia.getByText('Spanien').waitFor();
  await expectAccessible(page, 'the regions page in German');

  await page.reload();
  await onPage(page, 'Partnerregionen');
  assert.equal(await page.locator('html').getAttribute('lang'), 'de');
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Startseite' }).click();
  await onPage(page, 'Willkommen bei Belong');
  await page.getByRole('link', { name: 'Anmelden' }).first().click();
  await onPage(page, 'Anmelden');
  await page.getByLabel('E-Mail-Adresse').waitFor();
  await expectAccessible(page, 'the sign-in page in German');
});

journey('a signed-in administrator works in Deutsch, saved with the account', async (page) => {
  await signIn(page, admin.email, { password: admin.password });
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/auth/me') && r.request().method() === 'PATCH');
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await onPage(page, 'Willkommen bei Belong');
  // Saved with the account: another browser, without this one's storage, gets German too.
  assert.equal((await saved).status(), 200);
  const me = await (await page.request.get(`${baseUrl}/api/auth/me`)).json();
  assert.equal(me.locale, 'de');

  await page.goto(`${baseUrl}/regions/${await regionIdOf('leipzig')}`);
  await onPage(page, 'Leipzig');
  await page.getByRole('heading', { level: 2, name: 'Organisationen' }).waitFor();
  await page.getByRole('button', { name: 'Organisation hinzufügen' }).click();
  const form = page.getByRole('form', { name: 'Organisation hinzufügen' });
  await form.getByRole('button', { name: 'Organisation hinzufügen' }).click();
  await form.getByText('Es gibt ein Problem').waitFor();
  await form.locator('#create-organisation-name-error').getByText('Dieses Feld ist erforderlich.').waitFor();
  await form.locator('#create-organisation-type-error').getByText('Wählen Sie eine der Optionen.').waitFor();
  await page.getByRole('button', { name: 'Mitglied hinzufügen' }).click();
  await page.getByRole('form', { name: 'Person suchen' }).getByLabel('E-Mail-Adresse').waitFor();
  await expectAccessible(page, 'the region page in German with its forms open');

  await page.getByRole('button', { name: 'English' }).click();
  await onPage(page, 'Leipzig');
  await page.getByRole('heading', { level: 2, name: 'Organisations' }).waitFor();
});
