import { Injectable } from '@nestjs/common';
import { IsNull, LessThan } from 'typeorm';
import { plainRows } from '../../infra/database/plain-select';
import { Transactions } from '../../infra/database/transactions';
import { SessionEntity } from './session.entity';

export type SessionRecord = SessionEntity;

@Injectable()
export class SessionsRepository {
  constructor(private readonly tx: Transactions) {}

  private get rows() {
    return this.tx.manager().getRepository(SessionEntity);
  }

  insert(values: Pick<SessionEntity, 'userId' | 'tokenHash' | 'expiresAt'>): Promise<SessionRecord> {
    return this.rows.save(this.rows.create({ ...values, revokedAt: null }));
  }

  /** On every request: in plain SQL (see plainSelect). */
  async findLive(tokenHash: string): Promise<SessionRecord | null> {
    const where = 'WHERE "token_hash" = $1 AND "revoked_at" IS NULL AND "expires_at" > $2';
    return (await plainRows(this.tx.manager(), SessionEntity, where, [tokenHash, new Date()]))[0] ?? null;
  }

  async revoke(id: string): Promise<void> {
    await this.rows.update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Ends every live session of a person but `keep` (the one that asked, when it stays signed in). */
  async revokeAllOf(userId: string, keep?: string): Promise<void> {
    const query = this.rows
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (keep) query.andWhere('id <> :keep', { keep });
    await query.execute();
  }

  /** Sessions that ended (expired or revoked) before `before`. */
  async deleteEndedBefore(before: Date): Promise<number> {
    const expired = await this.rows.delete({ expiresAt: LessThan(before) });
    const revoked = await this.rows.delete({ revokedAt: LessThan(before) });
    return (expired.affected ?? 0) + (revoked.affected ?? 0);
  }
}
