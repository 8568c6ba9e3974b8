/** Names of languages and countries in the interface language, from the browser's CLDR data. */
export function languageName(code: string, uiLanguage: string): string {
  return new Intl.DisplayNames([uiLanguage], { type: 'language', fallback: 'code' }).of(code) ?? code;
}

export function countryName(code: string, uiLanguage: string): string {
  return new Intl.DisplayNames([uiLanguage], { type: 'region', fallback: 'code' }).of(code) ?? code;
}

/** A moment as date and time in the interface language, e.g. "3 May 2026, 14:05". */
export function formatDateTime(iso: string, uiLanguage: string): string {
  return new Intl.DateTimeFormat(uiLanguage, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** Words joined as a list in the interface language: "A, B and C". */
export function formatList(items: string[], uiLanguage: string): string {
  return new Intl.ListFormat(uiLanguage, { type: 'conjunction' }).format(items);
}
