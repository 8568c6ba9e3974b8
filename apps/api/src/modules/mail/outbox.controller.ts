import { Controller, Get } from '@nestjs/common';
import { listOf, listQuery, mailMessage, mailParams, type ListQuery } from '@belong/contracts';
import { CurrentUser, type AuthUser } from '../../infra/auth/auth-user';
import { Doc } from '../../infra/http/route-doc';
import { ValidParams, ValidQuery } from '../../infra/http/validation';
import { MailService } from './mail.service';

@Controller('admin/outbox')
export class OutboxController {
  constructor(private readonly mail: MailService) {}

  @Get()
  @Doc({
    summary: 'Every message Belong wrote, newest first; without a mail server they are kept here (administrators)',
    response: listOf(mailMessage),
    errors: ['FORBIDDEN'],
  })
  list(@CurrentUser() caller: AuthUser, @ValidQuery(listQuery) query: ListQuery) {
    return this.mail.outbox(caller, query);
  }

  @Get(':messageId')
  @Doc({ summary: 'One message of the outbox (administrators)', response: mailMessage, errors: ['FORBIDDEN', 'NOT_FOUND'] })
  one(@CurrentUser() caller: AuthUser, @ValidParams(mailParams) params: { messageId: string }) {
    return this.mail.message(caller, params.messageId);
  }
}
