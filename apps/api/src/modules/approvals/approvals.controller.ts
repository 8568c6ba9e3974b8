import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { createApprovalRequest, sectionApprovals, sectionParams, type CreateApprovalRequest } from '@belong/contracts';
import { CurrentUser, type AuthUser } from '../../infra/auth/auth-user';
import { Doc } from '../../infra/http/route-doc';
import { ValidBody, ValidParams } from '../../infra/http/validation';
import { ApprovalsService } from './approvals.service';

@Controller('sections/:id/approvals')
export class ApprovalsController {
  constructor(private readonly approvals: ApprovalsService) {}

  @Post()
  @HttpCode(201)
  @Doc({
    summary: "Approve the section's current revision or request changes, for your organisation (signatories)",
    response: sectionApprovals,
    status: 201,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'FEEDBACK_CLOSED'],
  })
  decide(
    @CurrentUser() caller: AuthUser,
    @ValidParams(sectionParams) params: { id: string },
    @ValidBody(createApprovalRequest) body: CreateApprovalRequest,
  ) {
    return this.approvals.decide(caller, params.id, body);
  }

  @Get()
  @Doc({ summary: "The section's approval state and every decision on record", response: sectionApprovals, errors: ['NOT_FOUND'] })
  list(@CurrentUser() caller: AuthUser, @ValidParams(sectionParams) params: { id: string }) {
    return this.approvals.list(caller, params.id);
  }
}
