/* global document */
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { baseUrl, expectAccessible, journey } from '../support/browser.mjs';
import { api, apiToken, createCoordinator, regionIdOf, signIn } from '../support/app.mjs';
import { message } from '../support/catalogue.mjs';

// A walk through the pages in Polish, Irish and Arabic, in which no English is left: every English sentence of
// the catalogue that the language words differently must be absent from the page's text and its labels. Each
// page is kept as a screenshot in e2e/web/artifacts/no-english/ for a person to look at too.

const artifacts = new URL('../artifacts/no-english/', import.meta.url);

async function catalogueOf(language) {
  return JSON.parse(await readFile(new URL(`../../../libs/i18n/src/locales/${language}.json`, import.meta.url), 'utf8'));
}

function texts(tree) {
  return Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : texts(value)));
}

/** The English phrases (between variables, of two words and more) that `language` does not share. */
async function englishPhrases(language) {
  const own = texts(await catalogueOf(language)).join('\n');
  const phrases = texts(await catalogueOf('en')).flatMap((text) => text.split(/\{\{[^}]*\}\}/).map((piece) => piece.trim()));
  return [...new Set(phrases.filter((phrase) => phrase.length >= 10 && phrase.includes(' ') && !own.includes(phrase)))];
}

/** The page's text as a person or a screen reader meets it: what shows, and the labels that do not. */
function pageText(page) {
  return page.evaluate(() =>
    [
      document.body.innerText,
      ...[...document.querySelectorAll('[aria-label], [placeholder], [title]')].flatMap((element) =>
        ['aria-label', 'placeholder', 'title'].map((name) => element.getAttribute(name) ?? ''),
      ),
      document.title,
    ].join('\n'),
  );
}

for (const language of ['pl', 'ga', 'ar']) {
  journey(`no English is left on the pages in ${language}`, async (page) => {
    const say = (key, values) => message(language, key, values);
    const english = await englishPhrases(language);
    const coordinator = await createCoordinator('leipzig', 'Nadia Kowalczyk');
    await api('/auth/me', { token: await apiToken(coordinator.email, coordinator.password), method: 'PATCH', body: { locale: language } });
    const leipzig = await regionIdOf('leipzig');
    const { items: strategies } = await api(`/regions/${leipzig}/strategies`, {
      token: await apiToken(coordinator.email, coordinator.password),
    });
    const demo = strategies.find((s) => s.title.startsWith('Leipziger Strategie'));
    const { sections } = await api(`/strategies/${demo.id}`, { token: await apiToken(coordinator.email, coordinator.password) });
    await mkdir(artifacts, { recursive: true });

    const check = async (name) => {
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page
        .locator('[aria-busy="true"], .spinner')
        .first()
        .waitFor({ state: 'detached', timeout: 5000 })
        .catch(() => undefined);
      const text = await pageText(page);
      const left = english.filter((phrase) => text.includes(phrase));
      await page.screenshot({ path: new URL(`${language}-${name}.png`, artifacts).pathname, fullPage: true });
      assert.deepEqual(left, [], `English left on ${name} in ${language}`);
      await expectAccessible(page, `${name} in ${language}`);
    };

    await signIn(page, coordinator.email, { password: coordinator.password, english: false });
    await check('home');
    await page.goto(`${baseUrl}/regions`);
    await check('regions');
    await page.goto(`${baseUrl}/regions/${leipzig}`);
    await page.getByRole('button', { name: say('organisations.addTitle') }).click();
    await check('region');
    await page.goto(`${baseUrl}/strategies/${demo.id}`);
    await page.getByRole('button', { name: say('sections.addTitle'), exact: true }).click();
    await page.getByRole('button', { name: say('approvalRule.formTitle') }).click();
    await check('strategy');
    await page.goto(`${baseUrl}/sections/${sections[0].id}`);
    await page.getByRole('button', { name: say('sections.edit') }).click();
    await check('section');
    await page.goto(`${baseUrl}/strategies/${demo.id}/proposals`);
    await check('proposals');
    await page.goto(`${baseUrl}/strategies/${demo.id}/recommendations`);
    await check('recommendations');
    await page.goto(`${baseUrl}/strategies/${demo.id}/export`);
    await check('export');
    await page.goto(`${baseUrl}/no-such-page`);
    await check('not-found');
  });
}
