// `npm run budget`, after `npm run build`: the web app's first download, gzipped, against its budget. The
// initial JavaScript is the entry chunk and every chunk it imports statically (transitively, from Vite's
// manifest, and whatever index.html preloads), plus the English messages, which load before the first render.
// Pages and the other languages are fetched when needed and are not counted. Exits 1 when over the budget.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'apps/web/dist');
const manifestPath = join(dist, '.vite/manifest.json');
const indexPath = join(dist, 'index.html');
const kb = 1024;
const budget = { js: 150 * kb };
const defaultMessages = '../../libs/i18n/src/locales/en.json';

if (!existsSync(manifestPath) || !existsSync(indexPath)) {
  console.error('bundle budget: apps/web/dist has no index.html or .vite/manifest.json; run `npm run build` first.');
  process.exit(1);
}

/** @type {Record<string, { file: string, src?: string, isEntry?: boolean, imports?: string[], css?: string[] }>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const html = readFileSync(indexPath, 'utf8');

/** The chunk `key` and every chunk it imports statically, transitively: what the browser must have to run it. */
function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`bundle budget: ${key} is not in the manifest`);
  seen.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(imported, seen);
  return seen;
}

const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
if (entries.length === 0) throw new Error('bundle budget: the manifest names no entry chunk');
if (!manifest[defaultMessages]) throw new Error(`bundle budget: the English messages (${defaultMessages}) are not in the manifest`);
const initialKeys = new Set();
for (const key of [...entries, defaultMessages]) staticClosure(key, initialKeys);

const initial = new Map(); // file → why it is initial
for (const key of initialKeys) {
  const { file, css = [] } = manifest[key];
  initial.set(file, key === defaultMessages ? 'English messages' : manifest[key].isEntry ? 'entry' : 'static import');
  for (const sheet of css) initial.set(sheet, 'stylesheet');
}
// Whatever index.html loads or preloads counts too, in case the manifest and the page ever disagree.
for (const [, path] of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/([^"]+\.(?:js|css))"/g)) {
  if (!initial.has(path)) initial.set(path, 'index.html');
}

const rows = [...initial].map(([file, why]) => {
  const content = readFileSync(join(dist, file));
  return { file, why, kind: file.endsWith('.css') ? 'css' : 'js', raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
});
rows.sort((a, b) => b.gzip - a.gzip);

const format = (bytes) => `${(bytes / kb).toFixed(1)} KB`;
const total = (kind) => rows.filter((row) => row.kind === kind).reduce((sum, row) => sum + row.gzip, 0);
const js = total('js');
const css = total('css');

console.log('Initial load of the web app (gzip -9):');
for (const row of rows) console.log(`  ${format(row.gzip).padStart(9)}  ${row.file}  (${row.why}, ${format(row.raw)} raw)`);
console.log(`JavaScript: ${format(js)} of a budget of ${format(budget.js)}`);
console.log(`CSS:        ${format(css)}`);

if (js > budget.js) {
  console.error(
    `\nbundle budget: the initial JavaScript is ${format(js)} gzipped, ${format(js - budget.js)} over the budget of ${format(budget.js)}.\n` +
      'Something the first page does not need is loaded before it. Look at the largest chunks above (their source maps\n' +
      'say which modules they hold): a library that only some pages use belongs behind a lazy page (apps/web/src/app/router.tsx),\n' +
      'and no group of apps/web/vite.config.ts codeSplitting should put it beside what the shell needs.',
  );
  process.exit(1);
}
