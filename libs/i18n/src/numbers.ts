import type { FormatterModule } from 'i18next';

const byLanguage = new Map<string, Intl.NumberFormat>();

/** A number as `language` writes it (12 345 in Polish, 12.345 in German), in Western digits everywhere. */
export function formatNumber(value: number, language: string): string {
  let format = byLanguage.get(language);
  if (!format) {
    // Western digits in Arabic too, as in the Maghreb, and the same in every browser and in Node.
    format = new Intl.NumberFormat(language, { numberingSystem: 'latn' });
    byLanguage.set(language, format);
  }
  return format.format(value);
}

/**
 * i18next's formatter for the catalogue: every number a message interpolates is written as the message's
 * language writes numbers, without each message having to say `{{count, number}}` (use it with
 * `interpolation: { alwaysFormat: true }`). The catalogue names no formats, so this one knows no others.
 */
export const numberFormatter: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  // Anything else goes on as it came, as with i18next's own formatter (its type says string; it is whatever was given).
  format: (value: string | number, _format, lng) => (typeof value === 'number' && lng ? formatNumber(value, lng) : value) as string,
};
