import { Injectable } from '@nestjs/common';
import { Transactions } from '../../infra/database/transactions';
import type { StoredLiveEvent } from './live-event';

/** `live_events`: each change, kept an hour, so that a browser that reconnects gets what it missed. */
@Injectable()
export class LiveEventsRepository {
  constructor(private readonly tx: Transactions) {}

  /** Stores the event and announces it (NOTIFY): PostgreSQL delivers it to every listening instance at commit. */
  async publish(payload: Omit<StoredLiveEvent, 'id'>): Promise<void> {
    await this.tx.manager().query(
      `WITH e AS (INSERT INTO live_events (payload) VALUES ($1) RETURNING id, payload)
       SELECT pg_notify('belong_live', (jsonb_build_object('id', e.id::text) || e.payload)::text) FROM e`,
      [JSON.stringify(payload)],
    );
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
