import type { List, ListQuery } from '@belong/contracts';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError } from './app-error';

interface Position {
  at: string;
  id: string;
}

function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.at, position.id])).toString('base64url');
}

function decodeCursor(cursor: string): Position {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(at))) return { at, id };
  } catch {
    // fall through to the error below
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
