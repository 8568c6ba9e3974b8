import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let edition: string | undefined;

/**
 * A digest of the code and the words that lay documents out (this module and the catalogue of @belong/i18n),
 * so that a release that changes how a document looks lays kept documents out anew, without anyone having to
 * remember to say so.
 */
export function layoutEdition(): string {
  edition ??= digestOf([__dirname, dirname(require.resolve('@belong/i18n'))]);
  return edition;
}

function digestOf(dirs: string[]): string {
  const hash = createHash('sha256');
  for (const file of dirs.flatMap(filesUnder)) hash.update(file.slice(file.lastIndexOf('/'))).update(readFileSync(file));
  return hash.digest('hex');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return filesUnder(path);
      return /\.(js|ts|json)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
    });
}
