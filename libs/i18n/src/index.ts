import type {} from 'i18next';
import * as locales from './locales';
import type en from './locales/en.json';

/** Every word Belong shows people, keyed as in English, the language each word is written in first. */
export type Messages = typeof en;
export type CatalogueLanguage = keyof typeof locales;

/** The one catalogue of the web app and the exported documents. Each language has every key of English. */
export const catalogue: Readonly<Record<CatalogueLanguage, Messages>> = locales;

/** The language a missing word falls back to. */
export const sourceLanguage: CatalogueLanguage = 'en';

/** English first, then the others by their code. */
export const catalogueLanguages: readonly CatalogueLanguage[] = (Object.keys(catalogue) as CatalogueLanguage[]).sort((a, b) =>
  a === sourceLanguage ? -1 : b === sourceLanguage ? 1 : a.localeCompare(b),
);

export function isCatalogueLanguage(value: unknown): value is CatalogueLanguage {
  return catalogueLanguages.includes(value as CatalogueLanguage);
}

/** The catalogue as i18next resources, in the one namespace `translation`. */
export const resources = Object.fromEntries(
  catalogueLanguages.map((language) => [language, { translation: catalogue[language] }]),
) as Record<CatalogueLanguage, { translation: Messages }>;

// `t()` accepts only keys of the catalogue, in the web app and the API alike. (The augmented module must be
// imported for TypeScript to find it.)
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
