import { id, type List, type ListQuery } from '@belong/contracts';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { z } from 'zod';
import { AppError } from './app-error';

interface Position {
  at: string;
  id: string;
}

export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.at, position.id])).toString('base64url');
}

/**
 * What a cursor we gave out holds: `createdAt` exactly as `toISOString()` wrote it (PostgreSQL has no year 0)
 * and a UUID. Anything else reaching the query would be a database error, not a 400.
 */
const position = z.tuple([z.iso.datetime({ precision: 3 }).refine((at) => !at.startsWith('0000-')), id]);
const base64url = /^[A-Za-z0-9_-]+$/;

export function decodeCursor(cursor: string): Position {
  if (base64url.test(cursor)) {
    try {
      const parsed = position.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
      if (parsed.success) return { at: parsed.data[0], id: parsed.data[1] };
    } catch {
      // not JSON: the error below
    }
  }
  throw AppError.invalid('query.cursor', 'Not a cursor this list gave out');
}

/**
 * Keyset pagination over (`createdAt`, `id`), oldest first unless `order` is DESC: stable while rows are
 * added, one query a page. `alias` is the query's main alias; its entity must have `createdAt`
 * (timestamptz(3)) and `id`.
 */
export async function paginate<T extends ObjectLiteral & { id: string; createdAt: Date }>(
  query: SelectQueryBuilder<T>,
  alias: string,
  { limit, cursor }: ListQuery,
  order: 'ASC' | 'DESC' = 'ASC',
): Promise<List<T>> {
  if (cursor) {
    const after = decodeCursor(cursor);
    const beyond = order === 'ASC' ? '>' : '<';
    query.andWhere(`(${alias}.createdAt, ${alias}.id) ${beyond} (:afterAt, :afterId)`, { afterAt: after.at, afterId: after.id });
  }
  const rows = await query
    .orderBy(`${alias}.createdAt`, order)
    .addOrderBy(`${alias}.id`, order)
    .limit(limit + 1)
    .getMany();
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.createdAt.toISOString(), id: last.id }) : null,
  };
}

export function mapList<T, U>(list: List<T>, map: (item: T) => U): List<U> {
  return { items: list.items.map(map), nextCursor: list.nextCursor };
}

/** A cursor over an integer key (a revision or version number), for lists ordered by it. */
export function numberCursor(key: number): string {
  return Buffer.from(JSON.stringify(['n', key])).toString('base64url');
}

export function decodeNumberCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined;
  try {
    const [tag, key] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (tag === 'n' && typeof key === 'number' && Number.isInteger(key) && key >= 0 && key <= 2_147_483_647) return key;
  } catch {
    // fall through to the error below
  }
  throw AppError.invalid('query.cursor', 'Not a cursor this list gave out');
}

/** A page from `limit + 1` rows fetched in order: the extra row only tells that there is more. */
export function pageByNumber<T>(rows: T[], limit: number, key: (row: T) => number): List<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? numberCursor(key(last)) : null };
}
