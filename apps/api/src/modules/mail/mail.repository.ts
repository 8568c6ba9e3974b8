import { Injectable } from '@nestjs/common';
import type { List, ListQuery } from '@belong/contracts';
import { Transactions } from '../../infra/database/transactions';
import { paginate } from '../../infra/http/pagination';
import { MailMessageEntity } from './mail-message.entity';

export type NewMail = Pick<
  MailMessageEntity,
  'recipient' | 'userId' | 'language' | 'purpose' | 'subject' | 'textBody' | 'htmlBody' | 'headers' | 'status'
>;

@Injectable()
export class MailRepository {
  constructor(private readonly tx: Transactions) {}

  private get rows() {
    return this.tx.manager().getRepository(MailMessageEntity);
  }

  async insert(values: NewMail): Promise<string> {
    const result = await this.rows.insert(values);
    return (result.identifiers[0] as { id: string }).id;
  }

  find(id: string): Promise<MailMessageEntity | null> {
    return this.rows.findOneBy({ id });
  }

  /** Newest first. */
  page(query: ListQuery): Promise<List<MailMessageEntity>> {
    return paginate(this.rows.createQueryBuilder('m'), 'm', query, 'DESC');
  }

  /**
   * Takes a queued message for sending: one worker wins, and a message sent (or being sent) is never taken
   * again, so that a job run twice cannot send it twice.
   */
  async claim(id: string): Promise<MailMessageEntity | null> {
    const [rows] = await this.tx
      .manager()
      .query<[Array<{ id: string }>, number]>(
        `UPDATE mail_messages SET status = 'sending', attempts = attempts + 1 WHERE id = $1 AND status = 'queued' RETURNING id`,
        [id],
      );
    return rows.length ? this.find(id) : null;
  }

  async markSent(id: string): Promise<void> {
    await this.rows.update({ id }, { status: 'sent', sentAt: new Date(), textBody: null, htmlBody: null, lastError: null });
  }

  /** Back in the queue for the next attempt, or given up on after the last. */
  async markFailed(id: string, error: string, final: boolean): Promise<void> {
    await this.rows.update({ id }, { status: final ? 'failed' : 'queued', lastError: error.slice(0, 500) });
  }
}
