import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailMessageEntity } from './mail-message.entity';
import { MailSender } from './mail-sender';
import { MailRepository } from './mail.repository';
import { MailService } from './mail.service';
import { OutboxController } from './outbox.controller';

/** Mail: `mail_messages`, the outbox and record of messages, and the worker that sends them over SMTP. */
@Module({
  imports: [TypeOrmModule.forFeature([MailMessageEntity])],
  controllers: [OutboxController],
  providers: [MailRepository, MailService, MailSender],
  exports: [MailService],
})
export class MailModule {}
