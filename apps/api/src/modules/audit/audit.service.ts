import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { AuditEvent, List, ListQuery } from '@belong/contracts';
import { mapList, paginate } from '../../infra/http/pagination';
import type { AuthUser } from '../../infra/auth/auth-user';
import { RegionsService } from '../regions/regions.service';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditRecord {
  actorId: string | null;
  regionId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>,
    private readonly regions: RegionsService,
  ) {}

  /** Records a write in the same transaction as the write itself: both happen, or neither. */
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager.insert(AuditEventEntity, { ...record, data: record.data ?? {} });
  }

  async list(caller: AuthUser, regionId: string, query: ListQuery): Promise<List<AuditEvent>> {
    await this.regions.assertAccess(caller, regionId, 'audit.read');
    const page = await paginate(this.events.createQueryBuilder('e').where('e.regionId = :regionId', { regionId }), 'e', query);
    return mapList(page, (e) => ({
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
