import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Locale } from '@belong/contracts';

export type MailPurpose = 'invitation' | 'password_reset' | 'notification' | 'digest';
export type MailStatus = 'queued' | 'sending' | 'sent' | 'kept' | 'failed';

/** Every message Belong writes: the outbox, and the record of what was sent to whom. */
@Entity('mail_messages')
export class MailMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  recipient!: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ type: 'text' })
  language!: Locale;

  @Column({ type: 'text' })
  purpose!: MailPurpose;

  @Column({ type: 'text' })
  subject!: string;

  /** Emptied once sent: the texts carry single-use links, which nobody should read from here afterwards. */
  @Column({ name: 'text_body', type: 'text', nullable: true })
  textBody!: string | null;

  @Column({ name: 'html_body', type: 'text', nullable: true })
  htmlBody!: string | null;

  @Column({ type: 'jsonb', default: {} })
  headers!: Record<string, string>;

  @Column({ type: 'text', default: 'queued' })
  status!: MailStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', precision: 3, nullable: true })
  sentAt!: Date | null;
}
