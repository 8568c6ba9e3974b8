import { readFileSync } from 'node:fs';

const catalogues = new Map();

/**
 * What the catalogue says in `language` under `key` (`sections.created`), with `{{variables}}` filled in: a
 * journey in another language expects on the page exactly the words the catalogue gives the page.
 */
export function message(language, key, values = {}) {
  if (!catalogues.has(language)) {
    const url = new URL(`../../../libs/i18n/src/locales/${language}.json`, import.meta.url);
    catalogues.set(language, JSON.parse(readFileSync(url, 'utf8')));
  }
  const text = key.split('.').reduce((tree, part) => tree?.[part], catalogues.get(language));
  if (typeof text !== 'string') throw new Error(`No message ${key} in ${language}`);
  // Numbers as the page writes them: in the language's way, in Western digits (libs/i18n/src/numbers.ts).
  const shown = (value) =>
    typeof value === 'number' ? new Intl.NumberFormat(language, { numberingSystem: 'latn' }).format(value) : String(value);
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => shown(values[name]));
}

/** A plural message: the form that `Intl.PluralRules(language)` chooses for `count` (`_few` for 2 in Polish). */
export function plural(language, key, count, values = {}) {
  const form = new Intl.PluralRules(language).select(count);
  return message(language, `${key}_${form}`, { ...values, count });
}
