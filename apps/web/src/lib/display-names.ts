import i18next from 'i18next';

/**
 * Names, dates and lists in the interface language. The browser's `Intl` writes them where it has the
 * language's CLDR data; Chromium ships none for Basque and Irish and would write them in American English.
 * So the names of the languages and countries Belong uses come from the catalogue (generated from CLDR), and
 * dates and lists fall back to the catalogue's patterns where the browser lacks the language.
 */
function browserSpeaks(uiLanguage: string): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf([uiLanguage]).length > 0;
}

// Building an Intl format is slow (the browser loads the language's data) and a page writes many dates: each format
// is built once per language.
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateTimeFormats.set(key, format);
  }
  return format;
}

const clock: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const dateAndTime: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
const calendarDay: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };

/** The catalogue's word under `key` in the language, or null when it has none (a code Belong does not list). */
function fromCatalogue(key: string, uiLanguage: string): string | null {
  const t = i18next.getFixedT(uiLanguage);
  const text: unknown = t(key as never, { defaultValue: '' });
  return typeof text === 'string' && text !== '' ? text : null;
}

export function languageName(code: string, uiLanguage: string): string {
  return (
    fromCatalogue(`languageNames.${code}`, uiLanguage) ??
    new Intl.DisplayNames([uiLanguage], { type: 'language', fallback: 'code' }).of(code) ??
    code
  );
}

export function countryName(code: string, uiLanguage: string): string {
  return (
    fromCatalogue(`countryNames.${code}`, uiLanguage) ??
    new Intl.DisplayNames([uiLanguage], { type: 'region', fallback: 'code' }).of(code) ??
    code
  );
}

/**
 * The locale that dates are written in. Plain `en` is American in CLDR ("Dec 2, 2026, 2:05 PM"); Belong's
 * English is European, so dates follow en-GB ("2 Dec 2026, 14:05"). Other languages keep their own.
 */
export function dateLocale(uiLanguage: string): string {
  return uiLanguage === 'en' ? 'en-GB' : uiLanguage;
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** A day in the catalogue's numeric pattern of the language (`document.date`), for a browser without its data. */
function numericDate(date: Date, uiLanguage: string, utc: boolean): string {
  const [year, month, day] = utc
    ? [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
    : [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  return i18next.getFixedT(uiLanguage)('document.date', { year, month: twoDigits(month), day: twoDigits(day) });
}

/** A moment as date and time in the interface language, e.g. "3 May 2026, 14:05", in the reader's time zone. */
export function formatDateTime(iso: string, uiLanguage: string): string {
  const moment = new Date(iso);
  if (!browserSpeaks(uiLanguage)) {
    const time = dateTimeFormat('en-GB', clock).format(moment);
    return i18next.getFixedT(uiLanguage)('common.dateAndTime', { date: numericDate(moment, uiLanguage, false), time });
  }
  return dateTimeFormat(dateLocale(uiLanguage), dateAndTime).format(moment);
}

/** A calendar date (YYYY-MM-DD) in the interface language, e.g. "30 June 2027", not shifted by the time zone. */
export function formatDate(date: string, uiLanguage: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  if (!browserSpeaks(uiLanguage)) return numericDate(day, uiLanguage, true);
  return dateTimeFormat(dateLocale(uiLanguage), calendarDay).format(day);
}

/** Words joined as a list in the interface language: "A, B and C". */
export function formatList(items: string[], uiLanguage: string): string {
  if (browserSpeaks(uiLanguage) || items.length < 2) return new Intl.ListFormat(uiLanguage, { type: 'conjunction' }).format(items);
  return i18next.getFixedT(uiLanguage)('common.listAnd', { items: items.slice(0, -1).join(', '), last: items.at(-1) });
}
