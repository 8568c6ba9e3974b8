import { In, type EntityTarget, type FindOptionsWhere, type ObjectLiteral, type Repository } from 'typeorm';
import { plainRows } from './plain-select';
import type { Transactions } from './transactions';

export type LockMode = 'exclusive' | 'shared';

/**
 * What every module's repository does alike for its main table: reads in the current transaction (or on the
 * pool), by id, many ids at once, and with the row locked. The module's own queries go in its subclass.
 */
export abstract class EntityRepository<T extends ObjectLiteral & { id: string }> {
  protected constructor(
    protected readonly tx: Transactions,
    private readonly entity: EntityTarget<T>,
  ) {}

  protected get rows(): Repository<T> {
    return this.tx.manager().getRepository(this.entity);
  }

  async find(id: string): Promise<T | null> {
    return (await plainRows(this.tx.manager(), this.entity, 'WHERE "id" = $1', [id]))[0] ?? null;
  }

  findMany(ids: readonly string[]): Promise<T[]> {
    return ids.length ? this.rows.findBy({ id: In([...new Set(ids)]) } as FindOptionsWhere<T>) : Promise.resolve([]);
  }

  /**
   * The row, locked until the transaction ends. `exclusive` (`FOR NO KEY UPDATE`: rows that only refer to it
   * may still be inserted) for a write that changes it or decides from it alone; `shared` (`FOR SHARE`) for one
   * that only adds beside others of its kind (a comment), so that such writes go side by side and wait only for
   * one that holds it exclusively (a move of the strategy, an edit of the section). Locks are taken in one
   * order: the strategy, then the section, then the part.
   */
  lock(id: string, mode: LockMode = 'exclusive'): Promise<T | null> {
    return this.rows.findOne({
      where: { id } as FindOptionsWhere<T>,
      lock: { mode: mode === 'exclusive' ? 'for_no_key_update' : 'pessimistic_read' },
    });
  }
}
