import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

const selects = new WeakMap<object, string>();

/**
 * `SELECT <every column AS its property> FROM <table>` for an entity, made once from its metadata, for the
 * hottest reads (the session of every request, a row by id): TypeORM's find builds its query anew on every
 * call, which was a tenth of a cached strategy read. Our entities have no relations or transformers, and
 * node-postgres already gives dates, numbers and JSON as TypeORM would; a `date` column is read as text
 * (YYYY-MM-DD), as TypeORM gives it.
 */
export function plainSelect(manager: EntityManager, entity: EntityTarget<ObjectLiteral>): string {
  const metadata = manager.connection.getMetadata(entity);
  let select = selects.get(metadata);
  if (!select) {
    const columns = metadata.columns.map((c) => `"${c.databaseName}"${c.type === 'date' ? '::text' : ''} AS "${c.propertyName}"`);
    select = `SELECT ${columns.join(', ')} FROM "${metadata.tableName}"`;
    selects.set(metadata, select);
  }
  return select;
}

/** Rows of a plainSelect as instances of the entity. */
export async function plainRows<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  where: string,
  parameters: unknown[],
): Promise<T[]> {
  const metadata = manager.connection.getMetadata(entity);
  const rows = await manager.query<Array<Record<string, unknown>>>(`${plainSelect(manager, entity)} ${where}`, parameters);
  return rows.map((row) => Object.assign(metadata.create() as T, row));
}
