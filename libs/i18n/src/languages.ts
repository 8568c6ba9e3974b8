import { locales, type Locale } from '@belong/contracts';
import type en from './locales/en.json';

/** Every word Belong shows people, keyed as in English, the language each word is written in first. */
export type Messages = typeof en;

/** The interface languages: each has every key of English (catalogue.spec.ts), none falls back. */
export type UiLanguage = Locale;
export const uiLanguages: readonly UiLanguage[] = locales;

/** The language the words are written in first, and the one a word missing at run time falls back to. */
export const sourceLanguage: UiLanguage = 'en';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return uiLanguages.includes(value as UiLanguage);
}

/**
 * Each language in its own name, as it begins a line of the language menu. Written out rather than asked of
 * `Intl.DisplayNames`: browsers ship without the data of some of these languages (Chromium has no Basque or
 * Irish) and would name them in English, where a person who reads only their own would not find them.
 */
export const endonyms: Readonly<Record<UiLanguage, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  ca: 'Català',
  eu: 'Euskara',
  ga: 'Gaeilge',
  it: 'Italiano',
  pl: 'Polski',
  ro: 'Română',
  sv: 'Svenska',
  uk: 'Українська',
  ar: 'العربية',
};

const rightToLeft: ReadonlySet<UiLanguage> = new Set<UiLanguage>(['ar']);

/** The writing direction of a language, for `<html dir>` and documents. */
export function direction(language: UiLanguage): 'ltr' | 'rtl' {
  return rightToLeft.has(language) ? 'rtl' : 'ltr';
}

/**
 * One language's messages, loaded when first needed: the web app's bundler puts each language in a file of
 * its own, so thirteen languages do not grow the first download.
 */
export async function loadMessages(language: UiLanguage): Promise<Messages> {
  const module = (await import(`./locales/${language}.json`)) as { default: Messages };
  return module.default;
}

export { formatNumber, numberFormatter } from './numbers';
