import { isUiLanguage, numberFormatter, resources, sourceLanguage, type UiLanguage } from '@belong/i18n';
import i18next, { type TFunction } from 'i18next';

const catalogue = i18next.createInstance();
// Synchronous: the resources are given, nothing is loaded.
void catalogue
  .use(numberFormatter)
  .init({ resources, fallbackLng: sourceLanguage, interpolation: { escapeValue: false, alwaysFormat: true }, initAsync: false });

/**
 * The web app's catalogue (@belong/i18n) on the server, for what the API writes in a person's language:
 * documents and mail. Nothing is escaped here: each writer escapes for its format.
 */
export function translator(language: string): { lang: UiLanguage; t: TFunction } {
  const lang = isUiLanguage(language) ? language : sourceLanguage;
  return { lang, t: catalogue.getFixedT(lang) };
}
