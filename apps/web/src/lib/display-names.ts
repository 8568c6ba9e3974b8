/** Names of languages and countries in the interface language, from the browser's CLDR data. */
export function languageName(code: string, uiLanguage: string): string {
  return new Intl.DisplayNames([uiLanguage], { type: 'language', fallback: 'code' }).of(code) ?? code;
}

export function countryName(code: string, uiLanguage: string): string {
  return new Intl.DisplayNames([uiLanguage], { type: 'region', fallback: 'code' }).of(code) ?? code;
}

/**
 * The locale that dates are written in. Plain `en` is American in CLDR ("Dec 2, 2026, 2:05 PM"); Belong's
 * English is European, so dates follow en-GB ("2 Dec 2026, 14:05"). Other languages keep their own.
 */
export function dateLocale(uiLanguage: string): string {
  return uiLanguage === 'en' ? 'en-GB' : uiLanguage;
}

/** A moment as date and time in the interface language, e.g. "3 May 2026, 14:05", in the reader's time zone. */
export function formatDateTime(iso: string, uiLanguage: string): string {
  return new Intl.DateTimeFormat(dateLocale(uiLanguage), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD) in the interface language, e.g. "30 June 2027", not shifted by the time zone. */
export function formatDate(date: string, uiLanguage: string): string {
  return new Intl.DateTimeFormat(dateLocale(uiLanguage), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** Words joined as a list in the interface language: "A, B and C". */
export function formatList(items: string[], uiLanguage: string): string {
  return new Intl.ListFormat(uiLanguage, { type: 'conjunction' }).format(items);
}
