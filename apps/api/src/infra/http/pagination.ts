import { id, type List, type ListQuery } from '@belong/contracts';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { z } from 'zod';
import { AppError } from './app-error';

interface Position {
  at: string;
  id: string;
}

function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.at, position.id])).toString('base64url');
}

/**
 * What a cursor we gave out holds: `createdAt` exactly as `toISOString()` wrote it (PostgreSQL has no year 0)
 * and a UUID. Anything else reaching the query would be a database error, not a 400.
 */
const position = z.tuple([z.iso.datetime({ precision: 3 }).refine((at) => !at.startsWith('0000-')), id]);
const base64url = /^[A-Za-z0-9_-]+$/;

function decodeCursor(cursor: string): Position {
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
 * Keyset pagination over (`createdAt`, `id`) ascending: stable while rows are added, one query a page.
 * `alias` is the query's main alias; its entity must have `createdAt` (timestamptz(3)) and `id`.
 */
export async function paginate<T extends ObjectLiteral & { id: string; createdAt: Date }>(
  query: SelectQueryBuilder<T>,
  alias: string,
  { limit, cursor }: ListQuery,
): Promise<List<T>> {
  if (cursor) {
    const after = decodeCursor(cursor);
    query.andWhere(`(${alias}.createdAt, ${alias}.id) > (:afterAt, :afterId)`, { afterAt: after.at, afterId: after.id });
  }
  const rows = await query
    .orderBy(`${alias}.createdAt`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
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
