import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  createApprovalRequest,
  listQuery,
  sectionApprovals,
  sectionParams,
  type CreateApprovalRequest,
  type ListQuery,
} from '@belong/contracts';
import { CurrentUser, type AuthUser } from '../../infra/auth/auth-user';
import { Idempotent } from '../../infra/http/idempotency/idempotent.decorator';
import { IfMatch } from '../../infra/http/revision';
import { Doc } from '../../infra/http/route-doc';
import { ValidBody, ValidParams, ValidQuery } from '../../infra/http/validation';
import { ApprovalsService } from './approvals.service';

@Controller('sections/:id/approvals')
export class ApprovalsController {
  constructor(private readonly approvals: ApprovalsService) {}

  @Post()
  @HttpCode(201)
  @Idempotent()
  @Doc({
    summary:
      'Approve the section or request changes, for your organisation (signatories; If-Match: the revision you read, 412 when it changed since)',
    response: sectionApprovals,
    status: 201,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'FEEDBACK_CLOSED', 'STALE_REVISION', 'PRECONDITION_REQUIRED'],
  })
  decide(
    @CurrentUser() caller: AuthUser,
    @ValidParams(sectionParams) params: { id: string },
    @IfMatch() basedOn: number,
    @ValidBody(createApprovalRequest) body: CreateApprovalRequest,
  ) {
    return this.approvals.decide(caller, params.id, basedOn, body);
  }

  @Get()
  @Doc({
    summary: "The section's approval state and the decisions on record, newest first",
    response: sectionApprovals,
    errors: ['NOT_FOUND'],
  })
  list(@CurrentUser() caller: AuthUser, @ValidParams(sectionParams) params: { id: string }, @ValidQuery(listQuery) query: ListQuery) {
    return this.approvals.list(caller, params.id, query);
  }
}
