import { Injectable } from '@nestjs/common';
import { Transactions } from '../../infra/database/transactions';
import { PasswordResetEntity } from './password-reset.entity';

@Injectable()
export class PasswordResetsRepository {
  constructor(private readonly tx: Transactions) {}

  private get rows() {
    return this.tx.manager().getRepository(PasswordResetEntity);
  }

  async insert(values: Pick<PasswordResetEntity, 'userId' | 'tokenHash' | 'expiresAt'>): Promise<void> {
    await this.rows.insert(values);
  }

  /**
   * Uses the link: one request wins, a second (or one after the hour) finds nothing. The user whose link it was,
   * or null.
   */
  async use(tokenHash: string): Promise<string | null> {
    const [rows] = await this.tx
      .manager()
      .query<[Array<{ user_id: string }>, number]>(
        `UPDATE password_resets SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
        [tokenHash],
      );
    return rows[0]?.user_id ?? null;
  }

  /** A new link makes the person's earlier ones useless. */
  async retireOf(userId: string): Promise<void> {
    await this.tx.manager().query(`UPDATE password_resets SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  }

  async deleteEndedBefore(before: Date): Promise<number> {
    const [, deleted] = await this.tx.manager().query<[unknown, number]>(`DELETE FROM password_resets WHERE expires_at < $1`, [before]);
    return deleted;
  }
}
