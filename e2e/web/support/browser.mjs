import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath } from './chromium.mjs';

export const baseUrl = process.env.BELONG_URL ?? 'http://127.0.0.1:3000';
const artifacts = join(dirname(fileURLToPath(import.meta.url)), '../artifacts');

let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumFlags,
  });
});
after(() => browser?.close());

/**
 * A test with its own browser context (fresh cookies and storage) and page, English (en-GB) unless `locale` says. When it
 * fails, a screenshot of the page goes to e2e/web/artifacts/.
 */
export function journey(name, run, { width = 1280, height = 900, locale = 'en-GB' } = {}) {
  test(name, async () => {
    const context = await browser.newContext({ viewport: { width, height }, locale });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      await run(page);
      if (pageErrors.length) throw new Error(`Script errors in the page:\n${pageErrors.join('\n')}`);
    } catch (error) {
      await mkdir(artifacts, { recursive: true });
      const file = join(artifacts, `${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
      await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      console.error(`# screenshot: ${file}`);
      throw error;
    } finally {
      await context.close();
    }
  });
}

function describeViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`).join('\n');
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join('\n');
}

/** Runs axe with the WCAG 2.1 A and AA rules on the page as it is now; fails on any violation. */
export async function expectAccessible(page, where) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  if (violations.length) throw new Error(`Accessibility violations on ${where} (${page.url()}):\n${describeViolations(violations)}`);
}
