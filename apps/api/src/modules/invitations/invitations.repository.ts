import { Injectable } from '@nestjs/common';
import type { InvitationListQuery, List } from '@belong/contracts';
import { Transactions } from '../../infra/database/transactions';
import { paginate } from '../../infra/http/pagination';
import { InvitationEntity } from './invitation.entity';

export type InvitationRecord = InvitationEntity;
export type NewInvitation = Pick<
  InvitationEntity,
  'regionId' | 'email' | 'role' | 'organisationId' | 'signatory' | 'department' | 'tokenHash' | 'invitedBy' | 'expiresAt'
>;

@Injectable()
export class InvitationsRepository {
  constructor(private readonly tx: Transactions) {}

  private get rows() {
    return this.tx.manager().getRepository(InvitationEntity);
  }

  /** Newest first; `expired` is a pending invitation past its date. */
  pageOfRegion(regionId: string, query: InvitationListQuery): Promise<List<InvitationRecord>> {
    const q = this.rows.createQueryBuilder('i').where('i.regionId = :regionId', { regionId });
    if (query.status === 'expired') q.andWhere(`i.status = 'pending' AND i.expiresAt <= now()`);
    else if (query.status === 'pending') q.andWhere(`i.status = 'pending' AND i.expiresAt > now()`);
    else if (query.status) q.andWhere('i.status = :status', { status: query.status });
    return paginate(q, 'i', query, 'DESC');
  }

  /** The region's open invitation to this address, locked: inviting again renews it. */
  findPendingLocked(regionId: string, email: string): Promise<InvitationRecord | null> {
    return this.rows.findOne({ where: { regionId, email, status: 'pending' }, lock: { mode: 'pessimistic_write' } });
  }

  findInRegionLocked(regionId: string, id: string): Promise<InvitationRecord | null> {
    return this.rows.findOne({ where: { regionId, id }, lock: { mode: 'pessimistic_write' } });
  }

  findByToken(tokenHash: string, lock = false): Promise<InvitationRecord | null> {
    return this.rows.findOne({ where: { tokenHash }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  async insert(values: NewInvitation): Promise<InvitationRecord> {
    return this.rows.save(this.rows.create({ ...values, status: 'pending', sentAt: new Date() }));
  }

  async update(id: string, changes: Partial<Omit<InvitationEntity, 'id' | 'regionId' | 'email' | 'createdAt'>>): Promise<InvitationRecord> {
    await this.rows.update({ id }, changes);
    return this.rows.findOneByOrFail({ id });
  }
}
