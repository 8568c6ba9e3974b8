import { Injectable } from '@nestjs/common';
import { Transactions } from '../../infra/database/transactions';
import type { StoredLiveEvent } from './live-event';

/** `live_events`: each change, kept an hour, so that a browser that reconnects gets what it missed. */
@Injectable()
export class LiveEventsRepository {
  constructor(private readonly tx: Transactions) {}

  /**
   * Stores the event in the write's transaction, and announces it (NOTIFY) to every listening instance once that
   * has committed. Not in the transaction: PostgreSQL lets one transaction that notified commit at a time, and
   * holding that turn while the commit reaches the disk made every write wait for every other.
   */
  async publish(payload: Omit<StoredLiveEvent, 'id'>): Promise<void> {
    const [stored] = await this.tx
      .manager()
      .query<Array<{ id: string }>>(`INSERT INTO live_events (payload) VALUES ($1) RETURNING id::text AS id`, [JSON.stringify(payload)]);
    const announced = JSON.stringify({ ...payload, id: stored!.id });
    this.tx.afterCommit(async () => {
      await this.tx.manager().query(`SELECT pg_notify('belong_live', $1)`, [announced]);
    });
  }

  /** What came after `id`, in order, from the last ten minutes; at most 500. */
  async since(id: number): Promise<StoredLiveEvent[]> {
    const rows = await this.tx
      .manager()
      .query<Array<{ id: string; payload: Omit<StoredLiveEvent, 'id'> }>>(
        `SELECT id, payload FROM live_events WHERE id > $1 AND created_at > now() - interval '10 minutes' ORDER BY id LIMIT 500`,
        [id],
      );
    return rows.map((r) => ({ ...r.payload, id: String(r.id) }));
  }

  async deleteBefore(before: Date): Promise<number> {
    const [, deleted] = await this.tx.manager().query<[unknown, number]>(`DELETE FROM live_events WHERE created_at < $1`, [before]);
    return deleted;
  }
}
