import { Inject, Injectable } from '@nestjs/common';
import type { List, ListQuery, MailMessage } from '@belong/contracts';
import { decide, type Caller } from '@belong/domain';
import { APP_CONFIG, type AppConfig } from '../../infra/config/config';
import { JobQueue } from '../../infra/jobs/job-queue';
import { AppError } from '../../infra/http/app-error';
import { enforce } from '../../infra/http/enforce';
import { mailHtml, mailText, type MailContent } from './mail-layout';
import type { MailMessageEntity, MailPurpose } from './mail-message.entity';
import { MailRepository } from './mail.repository';

export interface OutgoingMail extends MailContent {
  to: string;
  userId: string | null;
  purpose: MailPurpose;
  /** Extra headers, such as List-Unsubscribe. */
  headers?: Record<string, string>;
}

/**
 * Writes messages. Called in the transaction of what causes the message: the message and its sending job
 * commit with it or not at all. Without a mail server the message is kept for administrators to read.
 */
@Injectable()
export class MailService {
  constructor(
    private readonly messages: MailRepository,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** An absolute link to a page of the web app, for a message. */
  link(path: string): string {
    return `${this.config.mail.publicUrl}${path}`;
  }

  /** The message's id. */
  async send(mail: OutgoingMail): Promise<string> {
    const smtp = Boolean(this.config.mail.smtpUrl);
    const id = await this.messages.insert({
      recipient: mail.to,
      userId: mail.userId,
      language: mail.lang,
      purpose: mail.purpose,
      subject: mail.subject,
      textBody: mailText(mail),
      htmlBody: mailHtml(mail),
      headers: mail.headers ?? {},
      status: smtp ? 'queued' : 'kept',
    });
    if (smtp) await this.jobs.send('mail.send', { messageId: id });
    return id;
  }

  async outbox(caller: Caller, query: ListQuery): Promise<List<MailMessage>> {
    enforce(decide(caller, 'readOutbox', { type: 'platform' }), 'The outbox');
    const page = await this.messages.page(query);
    return { items: page.items.map(toMailMessage), nextCursor: page.nextCursor };
  }

  async message(caller: Caller, id: string): Promise<MailMessage> {
    enforce(decide(caller, 'readOutbox', { type: 'platform' }), 'The outbox');
    const message = await this.messages.find(id);
    if (!message) throw AppError.notFound('The message');
    return toMailMessage(message);
  }
}

function toMailMessage(m: MailMessageEntity): MailMessage {
  return {
    id: m.id,
    to: m.recipient,
    language: m.language,
    purpose: m.purpose,
    subject: m.subject,
    status: m.status,
    attempts: m.attempts,
    lastError: m.lastError,
    text: m.textBody,
    html: m.htmlBody,
    createdAt: m.createdAt.toISOString(),
    sentAt: m.sentAt?.toISOString() ?? null,
  };
}
