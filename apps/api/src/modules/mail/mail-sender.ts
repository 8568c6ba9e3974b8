import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../infra/config/config';
import { JobQueue } from '../../infra/jobs/job-queue';
import { queues } from '../../infra/jobs/queues';
import { MailRepository } from './mail.repository';

/**
 * The `mail.send` worker: hands a queued message to the SMTP server. A message is claimed before it is
 * handed over and marked sent after; a failure puts it back for pg-boss's next, later attempt. A process that
 * dies between the two leaves it `sending`, never sent twice: a lost message is better than a duplicate
 * reset link, and the outbox shows it.
 */
@Injectable()
export class MailSender implements OnModuleInit, OnModuleDestroy {
  private transport?: Transporter;

  constructor(
    private readonly messages: MailRepository,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const { smtpUrl } = this.config.mail;
    if (!smtpUrl) return;
    this.transport = createTransport(smtpUrl);
    this.jobs.handle<{ messageId: string }>('mail.send', (job) => this.deliver(job.messageId));
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }

  async deliver(messageId: string): Promise<void> {
    const message = await this.messages.claim(messageId);
    if (!message || !this.transport) return;
    try {
      await this.transport.sendMail({
        from: this.config.mail.from,
        to: message.recipient,
        subject: message.subject,
        text: message.textBody ?? '',
        html: message.htmlBody ?? undefined,
        headers: message.headers,
        // One id per message: a receiving server that sees it twice knows it is the same message.
        messageId: `<${message.id}@${new URL(this.config.mail.publicUrl).hostname}>`,
      });
    } catch (error) {
      const final = message.attempts > queues['mail.send'].retryLimit;
      await this.messages.markFailed(message.id, error instanceof Error ? error.message : String(error), final);
      throw error;
    }
    await this.messages.markSent(message.id);
  }
}
