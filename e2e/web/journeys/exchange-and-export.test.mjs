import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { journey } from '../support/browser.mjs';
import { expectNoHorizontalScroll, onPage, signIn } from '../support/app.mjs';

const adopted = 'Leipziger Integrationskonzept 2023–2026';

/** Chooses the format on the export page, downloads the file and gives its first bytes. */
async function download(page, formatLabel, buttonName) {
  await page.getByLabel(formatLabel).check();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  const path = await file.path();
  assert.ok(path, `the ${formatLabel} download was saved`);
  return (await readFile(path)).subarray(0, 4).toString('latin1');
}

journey(
  'someone from another region reads an adopted strategy with its answered recommendations and downloads a version, on a small screen',
  async (page) => {
    await signIn(page, 'donegal@demo.belong.eu');
    await page.goto(`${new URL(page.url()).origin}/regions`);
    await page.getByRole('link', { name: 'Leipzig' }).first().click();
    await onPage(page, 'Leipzig');
    const regionVersions = page.getByRole('table', { name: 'Submitted versions of the region’s strategies, newest first' });
    await regionVersions.getByRole('link', { name: adopted }).waitFor();
    assert.match(await regionVersions.locator('code').first().innerText(), /^[0-9a-f]{64}$/, 'each version shows its SHA-256');
    await expectNoHorizontalScroll(page, 'the region page with its versions at 320 px');
    const strategies = page.getByRole('table', { name: 'Strategies of the region' });
    await strategies.getByRole('link', { name: adopted }).click();
    await onPage(page, adopted);
    await expectNoHorizontalScroll(page, 'the adopted strategy at 320 px');
    await page.getByRole('table', { name: 'Submitted versions of the strategy, newest first' }).locator('code').first().waitFor();
    const links = page.getByRole('navigation', { name: 'Work on this strategy' });
    assert.equal(await links.getByRole('link', { name: 'Proposals' }).count(), 0, 'proposals stay within the region');

    await links.getByRole('link', { name: 'Recommendations' }).click();
    await onPage(page, 'Recommendations');
    await page.locator('.recommendation .answer').first().waitFor();
    await expectNoHorizontalScroll(page, 'the recommendations at 320 px');

    await page.goBack();
    await onPage(page, adopted);
    await page.getByRole('navigation', { name: 'Work on this strategy' }).getByRole('link', { name: 'Export' }).click();
    await onPage(page, 'Export');
    await expectNoHorizontalScroll(page, 'the export page at 320 px');
    assert.equal(await page.getByLabel('Working draft').count(), 0, 'another region gets no working draft');
    assert.equal(await page.getByLabel(/^Version 1, submitted/).isChecked(), true, 'the latest version is chosen');
    assert.equal(await download(page, 'PDF, accessible, for reading and printing', 'Download PDF (version 1)'), '%PDF');
    assert.equal(await download(page, 'Word (DOCX), for editing', 'Download Word (version 1)').then((b) => b.slice(0, 2)), 'PK');
  },
  { width: 320, height: 800 },
);
