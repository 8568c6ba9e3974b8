import { z } from 'zod';
import { id, locale, text, timestamp } from './common';
import { sectionBody } from './sections';

/** `/api/sections/:id/translations/:language`: any interface language but the strategy's own. */
export const translationParams = z.strictObject({ id, language: locale });

/** `PUT /api/sections/:id/translations/:language`: the whole translated text, bounded as the section's own. */
export const putTranslationRequest = z.strictObject({ heading: text(300), body: sectionBody });
export type PutTranslationRequest = z.infer<typeof putTranslationRequest>;

/**
 * A section in another language. `sourceRevision` is the revision of the section's text it was made from;
 * it is `outdated` once the text has a newer one (a move of the section does not count).
 */
export const sectionTranslation = z.object({
  language: locale,
  heading: z.string(),
  body: z.string(),
  sourceRevision: z.number().int(),
  outdated: z.boolean(),
  updatedAt: timestamp,
});
export type SectionTranslation = z.infer<typeof sectionTranslation>;

/** `GET /api/sections/:id/translations`: every translation of the section, by language code; one page (at most 12). */
export const sectionTranslations = z.object({ items: z.array(sectionTranslation), nextCursor: z.null() });
export type SectionTranslations = z.infer<typeof sectionTranslations>;

/** `GET /api/strategies/:id?lang=xx`: the language to show the sections in where they have a translation. */
export const strategyDetailQuery = z.strictObject({ lang: locale.optional() });
export type StrategyDetailQuery = z.infer<typeof strategyDetailQuery>;

/** On each section of the strategy page: the translation shown, or null when the section is in its own language. */
export const shownTranslation = z.object({ language: locale, outdated: z.boolean() }).nullable();
export type ShownTranslation = z.infer<typeof shownTranslation>;

/**
 * On the strategy page: each language some of its sections are translated into, by language code, with how
 * many sections are and how many of those translations are outdated; what a reader may switch the text to.
 */
export const strategyTranslations = z.array(z.object({ language: locale, sections: z.number().int(), outdated: z.number().int() }));
export type StrategyTranslations = z.infer<typeof strategyTranslations>;
