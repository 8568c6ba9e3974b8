import { catalogueLanguages, isCatalogueLanguage, resources, sourceLanguage, type CatalogueLanguage } from '@belong/i18n';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

/** The interface languages: those of the catalogue (@belong/i18n). The API knows more locales; the rest fall back to English. */
export const uiLanguages = catalogueLanguages;
export type UiLanguage = CatalogueLanguage;

const storageKey = 'belong.language';

export const isUiLanguage = isCatalogueLanguage;

/** The language chosen earlier in this browser, else the browser's preferred one we have, else English. */
function initialLanguage(): UiLanguage {
  const stored = localStorage.getItem(storageKey);
  if (isUiLanguage(stored)) return stored;
  const preferred = navigator.languages.map((tag) => tag.split('-')[0]).find(isUiLanguage);
  return preferred ?? sourceLanguage;
}

/** Switches the interface language and remembers it in this browser. */
export async function setUiLanguage(language: UiLanguage): Promise<void> {
  localStorage.setItem(storageKey, language);
  await i18next.changeLanguage(language);
}

export function currentUiLanguage(): UiLanguage {
  return isUiLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : sourceLanguage;
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18next.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: sourceLanguage,
  supportedLngs: [...uiLanguages],
  interpolation: { escapeValue: false },
  initAsync: false,
});

export { i18next };
