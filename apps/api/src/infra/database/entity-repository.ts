import { In, type EntityTarget, type FindOptionsWhere, type ObjectLiteral, type Repository } from 'typeorm';
import type { Transactions } from './transactions';

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

  find(id: string): Promise<T | null> {
    return this.rows.findOneBy({ id } as FindOptionsWhere<T>);
  }

  findMany(ids: readonly string[]): Promise<T[]> {
    return ids.length ? this.rows.findBy({ id: In([...new Set(ids)]) } as FindOptionsWhere<T>) : Promise.resolve([]);
  }

  /**
   * The row, locked until the transaction ends (`FOR NO KEY UPDATE`: rows that only refer to it may still be
   * inserted). Locks are taken in one order: the strategy, then the section, then the part.
   */
  lock(id: string): Promise<T | null> {
    return this.rows.findOne({ where: { id } as FindOptionsWhere<T>, lock: { mode: 'for_no_key_update' } });
  }
}
