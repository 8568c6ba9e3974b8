import { Injectable } from '@nestjs/common';
import type { AuditEvent, List, ListQuery } from '@belong/contracts';
import { decide, type Caller } from '@belong/domain';
import { Transactions } from '../../infra/database/transactions';
import { enforce } from '../../infra/http/enforce';
import { mapList } from '../../infra/http/pagination';
import { RegionsService } from '../regions/regions.service';
import { AuditRepository } from './audit.repository';

export interface AuditRecord {
  actorId: string | null;
  regionId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
}

/** Reacts to a write, in its transaction: what it writes commits with the write, or not at all. */
export type AuditListener = (record: AuditRecord) => Promise<void>;

@Injectable()
export class AuditService {
  private readonly listeners: AuditListener[] = [];

  constructor(
    private readonly events: AuditRepository,
    private readonly tx: Transactions,
    private readonly regions: RegionsService,
  ) {}

  /** Records a write in the transaction of the write itself: both happen, or neither. */
  async record(record: AuditRecord): Promise<void> {
    if (!this.tx.inTransaction()) throw new Error(`Audit event ${record.action} recorded outside the transaction of its write`);
    await this.events.insert({ ...record, data: record.data ?? {} });
    for (const listener of this.listeners) await listener(record);
  }

  /**
   * Modules above every writer (notifications, live updates) follow the writes through the audit log, which
   * every write records: the writers need not know them, and nothing is missed.
   */
  onRecorded(listener: AuditListener): void {
    this.listeners.push(listener);
  }

  async list(caller: Caller, regionId: string, query: ListQuery): Promise<List<AuditEvent>> {
    await this.regions.found(regionId);
    enforce(decide(caller, 'readAudit', { type: 'region', id: regionId }), 'The region');
    return mapList(await this.events.pageOfRegion(regionId, query), (e) => ({
      id: e.id,
      at: e.createdAt.toISOString(),
      actorId: e.actorId,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      data: e.data as Record<string, unknown>,
    }));
  }
}
