import { Controller, Get, HttpCode, Patch, Post, UseInterceptors } from '@nestjs/common';
import { z } from 'zod';
import {
  createSectionRequest,
  diffQuery,
  section,
  sectionDiff,
  sectionParams,
  sectionRevision,
  strategyParams,
  updateSectionRequest,
  type CreateSectionRequest,
  type UpdateSectionRequest,
} from '@belong/contracts';
import { CurrentUser, type AuthUser } from '../../infra/auth/auth-user';
import { Idempotent } from '../../infra/http/idempotency/idempotent.decorator';
import { IfMatch, RevisionETag } from '../../infra/http/revision';
import { Doc } from '../../infra/http/route-doc';
import { ValidBody, ValidParams, ValidQuery } from '../../infra/http/validation';
import { SectionsService } from './sections.service';

@Controller()
@UseInterceptors(RevisionETag)
export class SectionsController {
  constructor(private readonly sections: SectionsService) {}

  @Post('strategies/:id/sections')
  @HttpCode(201)
  @Idempotent()
  @Doc({ summary: 'Add a section (coordinators)', response: section, status: 201, errors: ['FORBIDDEN', 'NOT_FOUND', 'TEXT_FROZEN'] })
  create(
    @CurrentUser() caller: AuthUser,
    @ValidParams(strategyParams) params: { id: string },
    @ValidBody(createSectionRequest) body: CreateSectionRequest,
  ) {
    return this.sections.create(caller, params.id, body);
  }

  @Get('sections/:id')
  @Doc({ summary: 'One section with its approval state', response: section, errors: ['NOT_FOUND'] })
  get(@CurrentUser() caller: AuthUser, @ValidParams(sectionParams) params: { id: string }) {
    return this.sections.get(caller, params.id);
  }

  @Patch('sections/:id')
  @Doc({
    summary: 'Edit or move a section (coordinators; If-Match). A text change is a new revision and makes earlier approvals stale',
    response: section,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'TEXT_FROZEN'],
  })
  update(
    @CurrentUser() caller: AuthUser,
    @ValidParams(sectionParams) params: { id: string },
    @IfMatch() basedOn: number,
    @ValidBody(updateSectionRequest) body: UpdateSectionRequest,
  ) {
    return this.sections.update(caller, params.id, basedOn, body);
  }

  @Get('sections/:id/revisions')
  @Doc({ summary: "Every revision of the section's text", response: z.array(sectionRevision), errors: ['NOT_FOUND'] })
  revisions(@CurrentUser() caller: AuthUser, @ValidParams(sectionParams) params: { id: string }) {
    return this.sections.listRevisions(caller, params.id);
  }

  @Get('sections/:id/diff')
  @Doc({ summary: 'Word-level diff between two revisions', response: sectionDiff, errors: ['NOT_FOUND'] })
  diff(
    @CurrentUser() caller: AuthUser,
    @ValidParams(sectionParams) params: { id: string },
    @ValidQuery(diffQuery) query: { from: number; to: number },
  ) {
    return this.sections.diff(caller, params.id, query.from, query.to);
  }
}
