import { Controller, Get, HttpCode, Patch, Post, UseInterceptors } from '@nestjs/common';
import {
  createSectionRequest,
  sectionDetail,
  sectionParams,
  strategyParams,
  updateSectionRequest,
  type CreateSectionRequest,
  type UpdateSectionRequest,
} from '@belong/contracts';
import { CurrentUser, type AuthUser } from '../../infra/auth/auth-user';
import { Idempotent } from '../../infra/http/idempotency/idempotent.decorator';
import { AnswerETag, IfMatch, RevisionETag } from '../../infra/http/revision';
import { Doc } from '../../infra/http/route-doc';
import { ValidBody, ValidParams } from '../../infra/http/validation';
import { SectionsService } from '../sections/sections.service';
import { SectionViews } from './section-views';

/** A section as people work on it: added, read and edited, answered with its state and what the caller may do. */
@Controller()
@UseInterceptors(RevisionETag)
export class SectionDetailController {
  constructor(
    private readonly sections: SectionsService,
    private readonly views: SectionViews,
  ) {}

  @Post('strategies/:id/sections')
  @HttpCode(201)
  @Idempotent()
  @Doc({ summary: 'Add a section (coordinators)', response: sectionDetail, status: 201, errors: ['FORBIDDEN', 'NOT_FOUND', 'TEXT_FROZEN'] })
  async create(
    @CurrentUser() caller: AuthUser,
    @ValidParams(strategyParams) params: { id: string },
    @ValidBody(createSectionRequest) body: CreateSectionRequest,
  ) {
    const { section, strategy } = await this.sections.create(caller, params.id, body);
    return this.views.detail(caller, section, strategy);
  }

  @Get('sections/:id')
  @UseInterceptors(AnswerETag)
  @Doc({
    summary: 'One section with its approval state, its place in the strategy and what you may do',
    response: sectionDetail,
    errors: ['NOT_FOUND'],
  })
  async get(@CurrentUser() caller: AuthUser, @ValidParams(sectionParams) params: { id: string }) {
    const { section, strategy } = await this.sections.visible(caller, params.id);
    return this.views.detail(caller, section, strategy);
  }

  @Patch('sections/:id')
  @Doc({
    summary:
      'Edit or move a section (coordinators; If-Match). Every change is a new revision; a change of the text makes earlier approvals stale, a move does not',
    response: sectionDetail,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'STALE_REVISION', 'PRECONDITION_REQUIRED', 'TEXT_FROZEN'],
  })
  async update(
    @CurrentUser() caller: AuthUser,
    @ValidParams(sectionParams) params: { id: string },
    @IfMatch() basedOn: number,
    @ValidBody(updateSectionRequest) body: UpdateSectionRequest,
  ) {
    const { section, strategy } = await this.sections.edit(caller, params.id, basedOn, body);
    return this.views.detail(caller, section, strategy);
  }
}
