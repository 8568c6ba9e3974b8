import { uiLanguages, isUiLanguage, resources, sourceLanguage, type UiLanguage } from '@belong/i18n';
import i18next, { type TFunction } from 'i18next';

/**
 * The words of an exported document, from the catalogue the web app shows (@belong/i18n), in the strategy's
 * language, or in English where Belong has no words of that language yet.
 */
export interface DocumentLabels {
  /** The language these words are in, which may differ from the strategy's. */
  lang: UiLanguage;
  /** The catalogue in that language, for the parts of the document worded in document-parts.ts. */
  t: TFunction;
  /** The headings the writers set themselves. */
  contents: string;
  signOff: string;
  noSignOff: string;
  sources: string;
  answer: string;
  proposalOutcomes: string;
  /** A fact's label before its value, with the language's own punctuation ("Region: ", "Région : "). */
  factLabel: (label: string) => string;
  page: (page: number) => string;
}

const catalogue = i18next.createInstance();
// Synchronous: the resources are given, nothing is loaded.
void catalogue.init({ resources, fallbackLng: sourceLanguage, interpolation: { escapeValue: false }, initAsync: false });

function labelsIn(lang: UiLanguage): DocumentLabels {
  const t = catalogue.getFixedT(lang);
  return {
    lang,
    t,
    contents: t('document.contents'),
    signOff: t('document.signOff'),
    noSignOff: t('document.noSignOff'),
    sources: t('document.sources'),
    answer: t('document.answer'),
    proposalOutcomes: t('document.proposalOutcomes'),
    factLabel: (label) => t('document.factLabel', { label }),
    page: (page) => t('document.page', { page }),
  };
}

const byLanguage = Object.fromEntries(uiLanguages.map((lang) => [lang, labelsIn(lang)])) as Record<UiLanguage, DocumentLabels>;

export function labelsFor(language: string): DocumentLabels {
  return byLanguage[isUiLanguage(language) ? language : sourceLanguage];
}

/** Where a partner language is official, so that `de` in Austria is tagged `de-AT`. */
const countriesOf: Record<string, string[]> = {
  en: ['GB', 'IE', 'MT'],
  de: ['DE', 'AT', 'BE', 'LU', 'IT', 'CH'],
  fr: ['FR', 'BE', 'LU', 'CH', 'IT'],
  ca: ['ES', 'AD'],
  es: ['ES'],
  eu: ['ES'],
  ga: ['IE'],
  it: ['IT', 'CH'],
  pl: ['PL'],
  ro: ['RO', 'MD'],
  sv: ['SE', 'FI'],
};

/** The BCP 47 tag of a language as written in a region's country, for a document's language (`de-AT`, `ga-IE`). */
export function languageTag(language: string, country: string): string {
  const countries = countriesOf[language] ?? [];
  return `${language}-${countries.includes(country) ? country : (countries[0] ?? country)}`;
}
