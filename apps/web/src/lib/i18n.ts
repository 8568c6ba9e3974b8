import {
  direction,
  endonyms,
  formatNumber,
  isUiLanguage,
  loadMessages,
  numberFormatter,
  sourceLanguage,
  uiLanguages,
  type UiLanguage,
} from '@belong/i18n/languages';
import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';

export { endonyms, isUiLanguage, uiLanguages, type UiLanguage };

const storageKey = 'belong.language';

/** The language chosen earlier in this browser, else the browser's preferred one we have, else English. */
function initialLanguage(): UiLanguage {
  const stored = localStorage.getItem(storageKey);
  if (isUiLanguage(stored)) return stored;
  const preferred = navigator.languages.map((tag) => tag.split('-')[0]?.toLowerCase()).find(isUiLanguage);
  return preferred ?? sourceLanguage;
}

/** Switches the interface language (once its messages have loaded) and remembers it in this browser. */
export async function setUiLanguage(language: UiLanguage): Promise<void> {
  localStorage.setItem(storageKey, language);
  await i18next.changeLanguage(language);
}

const firstLanguage = initialLanguage();

/** The interface language; while the first one's messages are still loading, that one. */
export function currentUiLanguage(): UiLanguage {
  return isUiLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : firstLanguage;
}

/**
 * Builds the first language's number format now, while the first requests are on their way: the browser takes a
 * while to build the first one (it loads the language's data), which would otherwise lengthen the first render.
 */
export function prepareNumberFormat(): void {
  formatNumber(0, firstLanguage);
}

// The page says which language it is in and which way it is written, for screen readers, fonts and layout.
i18next.on('languageChanged', (language) => {
  if (!isUiLanguage(language)) return;
  document.documentElement.lang = language;
  document.documentElement.dir = direction(language);
});

/** Resolves once the first language's messages are in: the app renders after it, never with keys showing. */
export const i18nReady = i18next
  .use(resourcesToBackend((language: string) => (isUiLanguage(language) ? loadMessages(language) : Promise.resolve({}))))
  .use(initReactI18next)
  .use(numberFormatter)
  .init({
    lng: firstLanguage,
    // Every language has every key (libs/i18n's catalogue test), so none needs English loaded beside it.
    fallbackLng: false,
    supportedLngs: [...uiLanguages],
    load: 'languageOnly',
    // Asks for the messages at once rather than after a tick: they are on the way to the first render.
    initAsync: false,
    interpolation: { escapeValue: false, alwaysFormat: true },
    react: { useSuspense: false },
  });

export { i18next };
