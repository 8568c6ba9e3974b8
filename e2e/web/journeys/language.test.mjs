import assert from 'node:assert/strict';
import { baseUrl, expectAccessible, journey } from '../support/browser.mjs';
import { admin, chooseLanguage, expectNoHorizontalScroll, onPage, regionIdOf, signIn } from '../support/app.mjs';
import { message } from '../support/catalogue.mjs';

/** The interface languages as the menu names them, each in itself, in the contracts' order. */
const languages = [
  ['en', 'English'],
  ['de', 'Deutsch'],
  ['fr', 'Français'],
  ['es', 'Español'],
  ['ca', 'Català'],
  ['eu', 'Euskara'],
  ['ga', 'Gaeilge'],
  ['it', 'Italiano'],
  ['pl', 'Polski'],
  ['ro', 'Română'],
  ['sv', 'Svenska'],
  ['uk', 'Українська'],
  ['ar', 'العربية'],
];

journey(
  'the language menu names thirteen languages each in itself, and every one of them speaks its own words, direction and all',
  async (page) => {
    await page.goto(`${baseUrl}/regions`);
    await onPage(page, 'Partner regions');
    const menu = page.getByRole('navigation', { name: 'Language' });
    await menu.getByRole('button', { name: 'English' }).click();
    const options = menu.getByRole('listitem').getByRole('button');
    assert.deepEqual(
      await options.allInnerTexts(),
      languages.map(([, name]) => name),
    );
    assert.deepEqual(
      await options.evaluateAll((buttons) => buttons.map((b) => b.lang)),
      languages.map(([code]) => code),
    );
    await expectNoHorizontalScroll(page, 'the open language menu at 320 px');
    await expectAccessible(page, 'the open language menu');

    for (const [code, name] of languages) {
      await chooseLanguage(page, name);
      await onPage(page, message(code, 'regions.title'));
      assert.equal(await page.locator('html').getAttribute('lang'), code);
      assert.equal(await page.locator('html').getAttribute('dir'), code === 'ar' ? 'rtl' : 'ltr');
      assert.equal(await page.title(), message(code, 'app.documentTitle', { page: message(code, 'regions.title') }));
      // Country and language names in the page's language too, also where the browser has no data for it.
      const leipzig = page.getByRole('table', { name: message(code, 'regions.title') }).locator('tbody tr', { hasText: 'Leipzig' });
      await leipzig.getByText(message(code, 'countryNames.DE'), { exact: true }).waitFor();
      await leipzig.getByText(message(code, 'languageNames.de'), { exact: true }).waitFor();
    }
  },
  { width: 320, height: 640 },
);

journey(
  'a visitor whose browser prefers Polish arrives in Polish',
  async (page) => {
    await page.goto(baseUrl);
    await onPage(page, message('pl', 'home.title'));
    assert.equal(await page.locator('html').getAttribute('lang'), 'pl');
    await page
      .getByRole('navigation', { name: message('pl', 'language.label') })
      .getByRole('button', { name: 'Polski' })
      .waitFor();
  },
  { locale: 'pl-PL' },
);

journey('a visitor switches to Deutsch, and the choice stays after a reload', async (page) => {
  await page.goto(`${baseUrl}/regions`);
  await onPage(page, 'Partner regions');
  await chooseLanguage(page, 'Deutsch');
  await onPage(page, 'Partnerregionen');
  assert.equal(await page.locator('html').getAttribute('lang'), 'de');
  assert.equal(await page.title(), 'Partnerregionen – Belong');
  const menu = page.getByRole('navigation', { name: 'Sprache' });
  await menu.getByRole('button', { name: 'Deutsch', expanded: false }).click();
  assert.equal(await menu.getByRole('listitem').getByRole('button', { name: 'Deutsch' }).getAttribute('aria-pressed'), 'true');
  await page.keyboard.press('Escape');
  await menu.getByRole('button', { name: 'Deutsch', expanded: false }).waitFor();
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
  await chooseLanguage(page, 'Deutsch');
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

  await chooseLanguage(page, 'English');
  await onPage(page, 'Leipzig');
  await page.getByRole('heading', { level: 2, name: 'Organisations' }).waitFor();
});
