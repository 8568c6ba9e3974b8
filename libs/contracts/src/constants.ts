// Plain values of the contracts, without zod: the web app's shell imports them without loading any schema.

/** The partner regions' languages, and the Assembly of European Regions' French: a strategy is written in one. */
export const partnerLanguages = ['en', 'de', 'fr', 'es', 'ca', 'eu', 'ga', 'it', 'pl', 'ro', 'sv'] as const;

/**
 * Interface languages: the partners' languages, and Ukrainian and Arabic (right to left), the languages of many
 * of the people the strategies are for.
 */
export const locales = [...partnerLanguages, 'uk', 'ar'] as const;

/** Name of the HttpOnly session cookie and of the header that must echo the CSRF token. */
export const sessionCookie = 'belong_session';
export const csrfHeader = 'x-csrf-token';
