import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baseUrl, expectAccessible, journey } from '../support/browser.mjs';
import {
  admin,
  api,
  apiToken,
  chooseLanguage,
  createCoordinator,
  demoPassword,
  expectFocus,
  onPage,
  regionIdOf,
  signIn,
} from '../support/app.mjs';
import { keepExportsBusy } from '../support/export-slots.mjs';
import { startServer } from '../support/server.mjs';
import { strategyInConsultation } from '../support/strategies.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const downloadButton = '.export-download button';

/** Presses the download button and waits for the file the browser saves; gives its name and first bytes. */
async function downloadWith(button) {
  const [file] = await Promise.all([button.page().waitForEvent('download'), button.click()]);
  const path = await file.path();
  assert.ok(path, 'the download was saved');
  return { name: file.suggestedFilename(), start: (await readFile(path, 'utf8')).slice(0, 2) };
}

journey('an export that cannot be made says why on the export page, instead of saving a broken file', async (page) => {
  const title = `Strategy to export ${Date.now()}`;
  const { strategy } = await strategyInConsultation(title);
  const coordinator = await createCoordinator('leipzig', 'Jonas Export');
  await signIn(page, coordinator.email, { password: coordinator.password });
  await page.goto(`${baseUrl}/strategies/${strategy.id}/export`);
  await onPage(page, 'Export');
  await page.getByLabel('Markdown, for publishing on the web').check();
  const button = page.getByRole('button', { name: 'Download Markdown (Working draft)' });

  const file = await downloadWith(button);
  assert.match(file.name, /^leipzig-.+-draft\.md$/, 'the file has the name the API gave it');
  assert.equal(file.start, '# ');
  await page.getByRole('status').getByText(`The download of ${file.name} has started.`).waitFor();
  await expectAccessible(page, 'the export page after a download');

  // While the page is open, the coordinator leaves the region: its working draft is no longer theirs to see.
  const token = await apiToken(admin.email, admin.password);
  await api(`/regions/${await regionIdOf('leipzig')}/members/${coordinator.id}`, { token, method: 'DELETE' });
  await button.click();
  await page
    .getByRole('alert')
    .getByText('This document could not be made: the strategy or the chosen version was not found, or you do not have access to it.')
    .waitFor();
  await expectFocus(page, downloadButton, 'the focus stays on the download button');
  assert.equal(await page.getByRole('status').getByText('has started').count(), 0, 'no download is announced');
  await expectAccessible(page, 'the export page with a refused export');
});

journey('an export refused while every export slot is busy says when to try again, in English and German', async (page) => {
  // A server of its own with one slot and no queue, kept busy laying out a large working draft.
  const server = await startServer({ root, admin, env: { EXPORT_CONCURRENCY: '1', EXPORT_QUEUE: '0' } });
  let busy;
  try {
    const email = 'coordinator@demo.belong.eu';
    await signIn(page, email, { at: server.url });
    const token = await loginAt(server.url, email);
    const strategy = await largeDraftAt(server.url, token);
    await page.goto(`${server.url}/strategies/${strategy.id}/export`);
    await onPage(page, 'Export');

    busy = await keepExportsBusy(server.url, { token, exportPath: `/api/strategies/${strategy.id}/export?format=pdf` });
    await clickUntilRefused(page, 'Download PDF (Working draft)', 'Many documents are being prepared right now. Try again in 5 seconds.');
    await expectFocus(page, downloadButton, 'the focus stays on the download button');
    await expectAccessible(page, 'the export page with a busy export');

    await chooseLanguage(page, 'Deutsch');
    await clickUntilRefused(
      page,
      'PDF herunterladen (Arbeitsentwurf)',
      'Gerade werden viele Dokumente erstellt. Versuchen Sie es in 5 Sekunden erneut.',
    );
    await chooseLanguage(page, 'English');

    // Once the slot is free again, trying again downloads the file, and says how far it is meanwhile.
    await busy.release();
    busy = undefined;
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PDF (Working draft)' }).click(),
      page.getByText('Preparing the file…').waitFor(),
    ]);
    assert.ok(await file.path(), 'the download was saved');
    await page.getByRole('status').getByText(`The download of ${file.suggestedFilename()} has started.`).waitFor();
    assert.equal(await page.getByRole('alert').count(), 0, 'the busy message has gone');
  } finally {
    await busy?.release();
    await server.stop();
  }
});

/**
 * Presses the download button until the export is refused as busy (the slot is taken again at once when it
 * frees, but a press may still fall between two layouts and get the file). The press's own answer tells
 * which, so that this works in every language and a message left from an earlier press is not mistaken for
 * this one's.
 */
async function clickUntilRefused(page, name, message) {
  const patience = { timeout: 60_000 };
  for (let attempt = 1; attempt <= 5; attempt++) {
    const downloaded = page.waitForEvent('download', patience);
    downloaded.catch(() => {}); // left waiting when the press is refused
    const answered = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('/export'), patience);
    await page.getByRole('button', { name }).click();
    if ((await answered).status() === 503) {
      await page.getByRole('alert').getByText(message).waitFor();
      return;
    }
    await downloaded;
  }
  assert.fail(`"${message}" was never said`);
}

/** A working draft of 60 long sections in Leipzig on the server at `url`: its PDF takes a while to lay out. */
async function largeDraftAt(url, token) {
  const call = async (path, body) => {
    const response = await fetch(`${url}/api${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    assert.ok(response.ok, `POST ${path} answered ${response.status}`);
    return response.json();
  };
  const leipzig = (await (await fetch(`${url}/api/regions`)).json()).items.find((r) => r.code === 'leipzig');
  const strategy = await call(`/regions/${leipzig.id}/strategies`, { title: `Large draft ${Date.now()}`, language: 'en' });
  const body = `Language courses in the evening, at work and online. **Everyone** is welcome. `.repeat(40);
  for (let i = 1; i <= 60; i++) await call(`/strategies/${strategy.id}/sections`, { heading: `Section ${i}`, body, theme: 'employment' });
  return strategy;
}

/** A bearer token from the server at `url`. */
async function loginAt(url, email) {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: demoPassword }),
  });
  assert.equal(response.status, 200, 'signed in through the API');
  return (await response.json()).token;
}
