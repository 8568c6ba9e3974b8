import { Controller, Get } from '@nestjs/common';
import { auditEvent, listOf, listQuery, regionParams, type ListQuery } from '@belong/contracts';
import { CurrentUser, type AuthUser } from '../../infra/auth/auth-user';
import { Doc } from '../../infra/http/route-doc';
import { ValidParams, ValidQuery } from '../../infra/http/validation';
import { AuditService } from './audit.service';

@Controller('regions/:regionId/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Doc({ summary: "The region's append-only event log, oldest first", response: listOf(auditEvent), errors: ['FORBIDDEN', 'NOT_FOUND'] })
  list(@CurrentUser() caller: AuthUser, @ValidParams(regionParams) params: { regionId: string }, @ValidQuery(listQuery) query: ListQuery) {
    return this.audit.list(caller, params.regionId, query);
  }
}
