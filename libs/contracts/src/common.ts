import { z } from 'zod';
import { locales } from './constants';
import { errorCodes } from './errors';

export const id = z.uuid();
export const timestamp = z.iso.datetime({ offset: true });

export { locales, partnerLanguages } from './constants';
export const locale = z.enum(locales);
export type Locale = z.infer<typeof locale>;

/** The largest value a PostgreSQL `integer` column holds: positions, revisions and versions are stored as one. */
export const int32Max = 2_147_483_647;

/**
 * A whole number from 1 to `max`, at most what a PostgreSQL `integer` holds: every position, revision, version
 * or count a request sends is one.
 */
export function positiveInt(max = int32Max) {
  return z.number().int().min(1).max(Math.min(max, int32Max));
}

/** `positiveInt()` read from a query string, e.g. `?to=3`. */
export function positiveIntQuery(max = int32Max) {
  return z.coerce.number().int().min(1).max(Math.min(max, int32Max));
}

/** A calendar day (`2027-12-31`) that PostgreSQL stores: it has no year 0. */
export const calendarDate = z.iso.date().refine((day) => !day.startsWith('0000-'), 'Expected a year from 1 on');

export const listQuery = z.strictObject({
  limit: positiveIntQuery(200).default(50),
  cursor: z.string().min(1).max(500).optional(),
});
export type ListQuery = z.infer<typeof listQuery>;

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
export interface List<T> {
  items: T[];
  nextCursor: string | null;
}

export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.enum(errorCodes as [string, ...string[]]),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problem>;

export const health = z.object({ status: z.literal('ok'), db: z.literal('up') });

/** Trimmed text of bounded length; an empty string after trimming is refused. */
export function text(max: number) {
  return z.string().trim().min(1).max(max);
}
