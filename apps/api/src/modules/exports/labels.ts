import { uiLanguages, isUiLanguage, sourceLanguage, type UiLanguage } from '@belong/i18n';
import type { Locale } from '@belong/contracts';
import type { TFunction } from 'i18next';
import { translator } from '../../infra/i18n/catalogue';

/** An export of a translation: which sections are left in the strategy's language, and which are outdated. */
export interface DocumentTranslation {
  /** The strategy's own language, which the sections without a translation are in. */
  source: Locale;
  untranslated: ReadonlySet<string>;
  outdated: ReadonlySet<string>;
}

/**
 * The words of an exported document, from the catalogue the web app shows (@belong/i18n), in the document's
 * language: the strategy's, or the translation's.
 */
export interface DocumentLabels {
  /** The document's language: its own words and its text (but for the sections `translation` leaves untranslated). */
  lang: UiLanguage;
  /** Set when the document is a translation of the strategy. */
  translation: DocumentTranslation | null;
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

function labelsIn(lang: UiLanguage): DocumentLabels {
  const { t } = translator(lang);
  return {
    lang,
    translation: null,
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

export function labelsFor(language: string, translation: DocumentTranslation | null = null): DocumentLabels {
  const labels = byLanguage[isUiLanguage(language) ? language : sourceLanguage];
  return translation ? { ...labels, translation } : labels;
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

/**
 * The BCP 47 tag of a language as written in a region's country, for a document's language (`de-AT`, `ga-IE`);
 * a language that is not a partner's (Ukrainian, Arabic) is tagged without a country.
 */
export function languageTag(language: string, country: string): string {
  const countries = countriesOf[language];
  if (!countries) return language;
  return `${language}-${countries.includes(country) ? country : (countries[0] ?? country)}`;
}
