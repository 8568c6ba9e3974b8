/** Names of languages and countries in the interface language, from the browser's CLDR data. */
export function languageName(code: string, uiLanguage: string): string {
  return new Intl.DisplayNames([uiLanguage], { type: 'language', fallback: 'code' }).of(code) ?? code;
}

export function countryName(code: string, uiLanguage: string): string {
  return new Intl.DisplayNames([uiLanguage], { type: 'region', fallback: 'code' }).of(code) ?? code;
}
