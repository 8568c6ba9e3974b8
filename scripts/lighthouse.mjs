// `npm run lighthouse`: Lighthouse (mobile profile: a mid-range phone on a slow 4G line, simulated) on the strategy
// page and a section page of the built app, signed in as a demo stakeholder. Starts the built server on a fresh
// embedded database with the demo data (as the browser journeys do), runs Debian's Chromium against 127.0.0.1 only,
// prints the figures and exits 1 when performance is under 95 or accessibility under 100, naming the audits that
// failed. Each page is measured LIGHTHOUSE_RUNS times (5) and judged by the run of median performance, as Lighthouse's
// authors advise against single runs' variance. `LIGHTHOUSE_REPORTS=<folder>` keeps that run's reports (HTML, JSON).
import { sessionCookie } from '@belong/contracts';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumFlags, chromiumPath } from '../e2e/web/support/chromium.mjs';
import { startServer } from '../e2e/web/support/server.mjs';
import { client } from './lib/api-client.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const admin = { email: 'admin@lighthouse.belong.test', password: 'lighthouse-administrator-passphrase' };
// A Leipzig stakeholder who reads in English: Leipzig's demo strategy is in consultation.
const person = { email: 'migrants@demo.belong.eu', password: 'belong-demo-2026' };
const minimum = { performance: 95, accessibility: 100 };
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const reports = process.env.LIGHTHOUSE_REPORTS;

if (!existsSync(join(root, 'apps/api/dist/main.js')) || !existsSync(join(root, 'apps/web/dist/index.html'))) {
  console.log('The app is not built yet: npm run build');
  if (spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
}

/** The demo strategy of Leipzig and its first section, and the person's session cookie. */
async function signInAndFind(baseUrl) {
  const api = client(baseUrl);
  const { token } = await api('POST', '/api/auth/login', { body: person });
  const { items: regions } = await api('GET', '/api/regions', { token });
  const leipzig = regions.find((region) => region.code === 'leipzig');
  const { items: strategies } = await api('GET', `/api/regions/${leipzig.id}/strategies`, { token });
  const strategy = strategies.find((s) => s.title.startsWith('Leipziger Strategie'));
  const { sections } = await api('GET', `/api/strategies/${strategy.id}`, { token });
  // The session cookie holds the same token as the sign-in answer's (see setSessionCookie in the API).
  return { cookie: `${sessionCookie}=${token}`, strategyId: strategy.id, sectionId: sections[0].id };
}

/** A server that has just started compiles its code and fills its caches on its first requests: one load of each page first. */
async function warmUp(url, cookie, port) {
  await lighthouse(url, { port, logLevel: 'error', onlyCategories: ['performance'], extraHeaders: { Cookie: cookie } });
}

/** One Lighthouse run; a run whose trace Lighthouse could not read (it says so: NO_NAVSTART and the like) is made again. */
async function measure(url, cookie, port, attempts = 3) {
  const runner = await lighthouse(url, {
    port,
    logLevel: 'error',
    output: ['html', 'json'],
    onlyCategories: ['performance', 'accessibility'],
    extraHeaders: { Cookie: cookie },
  });
  if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
  const error = runner.lhr.runtimeError;
  if (!error) return runner;
  if (attempts > 1) return measure(url, cookie, port, attempts - 1);
  throw new Error(`Lighthouse could not test ${url}: ${error.code} ${error.message}`);
}

const score = (lhr, category) => Math.round((lhr.categories[category].score ?? 0) * 100);
const ms = (value) => `${Math.round(value)} ms`;
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

/** The audits of a category that did not pass, with what Lighthouse says of them. */
function failedAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .map((ref) => lhr.audits[ref.id])
    .filter(
      (audit) => audit.score !== null && audit.score < 1 && !['informative', 'manual', 'notApplicable'].includes(audit.scoreDisplayMode),
    )
    .map((audit) => `${audit.id} (${audit.displayValue || `score ${audit.score}`}): ${audit.title}`);
}

const server = await startServer({ root, admin });
let chrome;
let failed = false;
try {
  const { cookie, strategyId, sectionId } = await signInAndFind(server.url);
  chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: chromiumFlags });
  const pages = [
    { name: 'strategy page', path: `/strategies/${strategyId}` },
    { name: 'section page', path: `/sections/${sectionId}` },
  ];
  console.log(
    `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile profile ` +
      `(simulated slow 4G, 4× CPU slowdown), median of ${runs} runs; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ` +
      `${Math.round(totalmem() / 2 ** 30)} GiB`,
  );
  for (const { path } of pages) await warmUp(`${server.url}${path}`, cookie, chrome.port);

  for (const { name, path } of pages) {
    const measured = [];
    for (let i = 0; i < runs; i++) measured.push(await measure(`${server.url}${path}`, cookie, chrome.port));
    measured.sort((a, b) => score(a.lhr, 'performance') - score(b.lhr, 'performance'));
    const median = measured[Math.floor(measured.length / 2)];
    const { lhr } = median;
    if (reports) {
      await mkdir(reports, { recursive: true });
      const [html, json] = median.report;
      await writeFile(join(reports, `${name.replace(/\W+/g, '-')}.html`), html);
      await writeFile(join(reports, `${name.replace(/\W+/g, '-')}.json`), json);
    }
    const audit = (id) => lhr.audits[id].numericValue ?? 0;
    console.log(`\n${name} (${path})`);
    console.log(
      `  performance ${score(lhr, 'performance')} (runs: ${measured.map((run) => score(run.lhr, 'performance')).join(', ')}), ` +
        `accessibility ${score(lhr, 'accessibility')}`,
    );
    console.log(
      `  LCP ${ms(audit('largest-contentful-paint'))}, TBT ${ms(audit('total-blocking-time'))}, CLS ${audit('cumulative-layout-shift').toFixed(3)}, ` +
        `FCP ${ms(audit('first-contentful-paint'))}, Speed Index ${ms(audit('speed-index'))}, transfer ${kib(audit('total-byte-weight'))}`,
    );
    for (const category of ['performance', 'accessibility']) {
      if (score(lhr, category) >= minimum[category]) continue;
      failed = true;
      console.error(`  ${category} ${score(lhr, category)} is under ${minimum[category]}; audits that did not pass:`);
      for (const line of failedAudits(lhr, category)) console.error(`    - ${line}`);
    }
  }
} finally {
  await chrome?.kill();
  await server.stop();
}
if (failed) {
  console.error(`\nlighthouse: a page is under its minimum (performance ${minimum.performance}, accessibility ${minimum.accessibility}).`);
  process.exit(1);
}
