import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from '../locales/de.json';
import en from '../locales/en.json';

/** The interface languages that are complete. The API knows more locales; the rest fall back to English. */
export const uiLanguages = ['en', 'de'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

// Both files must have the same keys: each assignment fails to compile when one misses a key of the other.
const deHasEveryKey: typeof en = de;
const enHasEveryKey: typeof de = en;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

const storageKey = 'belong.language';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return uiLanguages.includes(value as UiLanguage);
}

/** The language chosen earlier in this browser, else the browser's preferred one we have, else English. */
function initialLanguage(): UiLanguage {
  const stored = localStorage.getItem(storageKey);
  if (isUiLanguage(stored)) return stored;
  const preferred = navigator.languages.map((tag) => tag.split('-')[0]).find(isUiLanguage);
  return preferred ?? 'en';
}

/** Switches the interface language and remembers it in this browser. */
export async function setUiLanguage(language: UiLanguage): Promise<void> {
  localStorage.setItem(storageKey, language);
  await i18next.changeLanguage(language);
}

export function currentUiLanguage(): UiLanguage {
  return isUiLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : 'en';
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18next.use(initReactI18next).init({
  resources: { en: { translation: enHasEveryKey }, de: { translation: deHasEveryKey } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...uiLanguages],
  interpolation: { escapeValue: false },
  initAsync: false,
});

export { i18next };
