// After `vite build`: a brotli (.br) and a gzip (.gz) copy of every text asset worth compressing, made once at
// build time at the highest levels, so that the server sends them as they are (express-static-gzip) instead of
// compressing each response, or sending 833 KB uncompressed.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const compressible = new Set(['.js', '.css', '.html', '.svg', '.json', '.txt', '.woff', '.ttf']);
const smallest = 1024;
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (compressible.has(extname(entry.name)) && (await stat(path)).size >= smallest) yield path;
  }
}

let count = 0;
for await (const path of files(dist)) {
  const content = await readFile(path);
  await writeFile(
    `${path}.br`,
    await brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
  );
  await writeFile(`${path}.gz`, await gz(content, { level: 9 }));
  count++;
}
console.log(`precompress: ${count} files in brotli and gzip`);
