import type {} from 'i18next';
import { uiLanguages, type Messages, type UiLanguage } from './languages';
import * as locales from './locales';

export * from './languages';

/**
 * The whole catalogue at once, for the API's documents: every interface language (the `satisfies` fails to
 * compile when one is not registered in ./locales or lacks a key of English). The web app loads one language
 * at a time instead (`loadMessages`).
 */
export const catalogue = locales satisfies Record<UiLanguage, Messages> as Readonly<Record<UiLanguage, Messages>>;

/** The catalogue as i18next resources, in the one namespace `translation`. */
export const resources = Object.fromEntries(uiLanguages.map((language) => [language, { translation: catalogue[language] }])) as Record<
  UiLanguage,
  { translation: Messages }
>;

// `t()` accepts only keys of the catalogue, in the web app and the API alike. (The augmented module must be
// imported for TypeScript to find it.)
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
