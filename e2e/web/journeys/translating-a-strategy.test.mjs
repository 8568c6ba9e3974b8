import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { baseUrl, expectAccessible, journey } from '../support/browser.mjs';
import { api, apiToken, createCoordinator, onPage, regionIdOf, signIn } from '../support/app.mjs';
import { message, plural } from '../support/catalogue.mjs';
import { submittedWithRecommendation } from '../support/strategies.mjs';

// Strategies in other languages: a coordinator translates a section side by side with its text and keeps the
// translation up to date when the text changes; a reader in another region reads and downloads it in their own.

/** A German draft with two sections, made through the API by `coordinator`. */
async function germanDraft(coordinator, title) {
  const token = await apiToken(coordinator.email, coordinator.password);
  const strategy = await api(`/regions/${await regionIdOf('leipzig')}/strategies`, {
    token,
    method: 'POST',
    body: { title, language: 'de' },
  });
  const add = (heading, body) =>
    api(`/strategies/${strategy.id}/sections`, { token, method: 'POST', body: { heading, theme: 'language_learning', body } });
  const first = await add('Sprachkurse', 'Abendkurse stehen allen offen.');
  await add('Wohnen', 'Die Stadt baut Wohnungen.');
  return { strategy, first, token };
}

journey('a coordinator translates a section into Polish side by side, and brings it up to date after the text changed', async (page) => {
  const coordinator = await createCoordinator('leipzig', 'Jana Krüger');
  const title = `Integrationsstrategie ${Date.now()}`;
  const { strategy, first, token } = await germanDraft(coordinator, title);
  await signIn(page, coordinator.email, { password: coordinator.password });

  await page.goto(`${baseUrl}/sections/${first.id}`);
  await onPage(page, 'Sprachkurse');
  const translations = page.getByRole('region', { name: 'Translations' });
  await translations.getByText('This section has not been translated yet.').waitFor();
  await translations.getByLabel('Translate into').selectOption({ label: 'Polish' });
  await translations.getByRole('button', { name: 'Translate' }).click();

  await onPage(page, 'Translation into Polish');
  const source = page.getByRole('region', { name: 'Text in German, revision 1' });
  assert.equal(await source.getByRole('heading', { name: 'Sprachkurse' }).getAttribute('lang'), 'de');
  await source.getByText('Abendkurse stehen allen offen.').waitFor();
  const form = page.getByRole('form', { name: 'Translation into Polish' });
  // A new translation starts from the text, to be written over; its fields are in Polish (spell-checking).
  const heading = form.getByLabel('Heading in Polish');
  assert.equal(await heading.inputValue(), 'Sprachkurse');
  assert.equal(await heading.getAttribute('lang'), 'pl');
  await heading.fill('Kursy językowe');
  await form.getByLabel('Text in Polish', { exact: true }).fill('Kursy wieczorowe są otwarte dla wszystkich.');
  await expectAccessible(page, 'the side-by-side translation editor');
  await form.getByRole('button', { name: 'Save the translation' }).click();
  await form.getByRole('status').getByText('The translation into Polish is saved; it matches the current text.').waitFor();

  await page.getByRole('link', { name: 'Sprachkurse' }).click();
  const row = translations.getByRole('row', { name: /Polish/ });
  await row.getByText('Up to date').waitFor();

  // Someone changes the German text: the translation is outdated, and shows what changed since.
  const { revision } = await api(`/sections/${first.id}`, { token });
  await api(`/sections/${first.id}`, {
    token,
    method: 'PATCH',
    headers: { 'If-Match': `"${revision}"` },
    body: { body: 'Abendkurse und Samstagskurse stehen allen offen.' },
  });
  await page.reload();
  await row.getByText('Outdated: made from revision 1').waitFor();
  await expectAccessible(page, 'the section with an outdated translation');
  await row.getByRole('link', { name: 'Polish' }).click();
  await onPage(page, 'Translation into Polish');
  const changes = page.getByRole('region', { name: 'What changed since it was translated' });
  await changes.getByText(message('en', 'translation.outdatedNotice', { from: 1, to: 2 })).waitFor();
  await changes.locator('ins', { hasText: 'und Samstagskurse' }).waitFor();
  await expectAccessible(page, 'the editor of an outdated translation, with what changed');
  const body = form.getByLabel('Text in Polish', { exact: true });
  assert.equal(await body.inputValue(), 'Kursy wieczorowe są otwarte dla wszystkich.');
  await body.fill('Kursy wieczorowe i sobotnie są otwarte dla wszystkich.');
  await form.getByRole('button', { name: 'Save the translation' }).click();
  await form.getByRole('status').getByText('The translation into Polish is saved; it matches the current text.').waitFor();
  await changes.waitFor({ state: 'detached' });

  // On the strategy page, the text is read in Polish as far as it is translated, or as written.
  await page.goto(`${baseUrl}/strategies/${strategy.id}`);
  await onPage(page, title);
  const languages = page.getByRole('navigation', { name: 'Read the text in' });
  await languages.getByText(plural('en', 'textLanguages.coverage', 2, { translated: 1 })).waitFor();
  assert.equal(await languages.getByRole('link', { name: 'Deutsch' }).getAttribute('aria-current'), 'true');
  await languages.getByRole('link', { name: 'Polski' }).click();
  await page.waitForURL(/\?lang=pl$/);
  assert.equal(await languages.getByRole('link', { name: 'Polski' }).getAttribute('aria-current'), 'true');
  const fullText = page.getByRole('region', { name: 'Full text' });
  const translated = fullText.getByRole('heading', { name: '1. Kursy językowe' });
  assert.equal(await translated.getAttribute('lang'), 'pl');
  await fullText.getByText('Kursy wieczorowe i sobotnie są otwarte dla wszystkich.').waitFor();
  // The section without a translation stays as written, in German.
  assert.equal(await fullText.getByRole('heading', { name: '2. Wohnen' }).getAttribute('lang'), 'de');
  await expectAccessible(page, 'the strategy read in Polish');
  await languages.getByRole('link', { name: 'Deutsch' }).click();
  await fullText.getByRole('heading', { name: '1. Sprachkurse' }).waitFor();
});

journey(
  'someone in Donegal reads a submitted Leipzig strategy in Irish, its own interface language, and downloads it in Irish',
  async (page) => {
    const ga = (key, values) => message('ga', key, values);
    const title = `Integration strategy ${Date.now()}`;
    const { strategy, section, token } = await submittedWithRecommendation(title, 'Saturday courses');
    await api(`/sections/${section.id}/translations/ga`, {
      token,
      method: 'PUT',
      body: { heading: 'Cúrsaí teanga', body: 'Tá ranganna tráthnóna oscailte do chách sa réigiún.' },
    });
    const reader = await createCoordinator('donegal', 'Aoife Ní Bhriain');
    await api('/auth/me', { token: await apiToken(reader.email, reader.password), method: 'PATCH', body: { locale: 'ga' } });
    await signIn(page, reader.email, { password: reader.password, english: false });

    await page.goto(`${baseUrl}/strategies/${strategy.id}`);
    await onPage(page, title);
    // The interface is Irish, so the text comes in Irish where it is translated.
    const languages = page.getByRole('navigation', { name: ga('textLanguages.title') });
    assert.equal(await languages.getByRole('link', { name: 'Gaeilge' }).getAttribute('aria-current'), 'true');
    const fullText = page.getByRole('region', { name: ga('strategy.fullText') });
    await fullText.getByText('Tá ranganna tráthnóna oscailte do chách sa réigiún.').waitFor();
    await expectAccessible(page, 'a submitted strategy read in Irish');
    await languages.getByRole('link', { name: 'English' }).click();
    await fullText.getByText('Evening classes are open to everyone in the region.').waitFor();

    await page.goto(`${baseUrl}/strategies/${strategy.id}/export`);
    await onPage(page, ga('export.title'));
    await page.getByLabel(ga('export.formats.md')).check();
    const language = page.getByRole('group', { name: ga('export.language') });
    assert.equal(await language.getByLabel('Gaeilge').isChecked(), true);
    await expectAccessible(page, 'the export page with a choice of language');
    const button = page.getByRole('button', {
      name: ga('export.downloadIn', {
        format: ga('export.formatNames.md'),
        version: ga('export.versionShort', { version: 1 }),
        language: 'Gaeilge',
      }),
    });
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    assert.match(file.suggestedFilename(), /-v1-ga\.md$/);
    const text = await readFile(await file.path(), 'utf8');
    assert.ok(text.includes('Tá ranganna tráthnóna oscailte do chách sa réigiún.'), 'the download carries the Irish text');
    assert.ok(text.includes(ga('document.translatedFrom')), 'and its labels are Irish');
  },
);
