import { Controller, Get } from '@nestjs/common';
import { diffQuery, listOf, listQuery, sectionDiff, sectionParams, sectionRevision, type ListQuery } from '@belong/contracts';
import { CurrentUser, type AuthUser } from '../../infra/auth/auth-user';
import { Doc } from '../../infra/http/route-doc';
import { ValidParams, ValidQuery } from '../../infra/http/validation';
import { SectionsService } from './sections.service';

@Controller('sections/:id')
export class SectionsController {
  constructor(private readonly sections: SectionsService) {}

  @Get('revisions')
  @Doc({ summary: "Every revision of the section's text, newest first", response: listOf(sectionRevision), errors: ['NOT_FOUND'] })
  revisions(@CurrentUser() caller: AuthUser, @ValidParams(sectionParams) params: { id: string }, @ValidQuery(listQuery) query: ListQuery) {
    return this.sections.listRevisions(caller, params.id, query);
  }

  @Get('diff')
  @Doc({ summary: 'Word-level diff between two revisions', response: sectionDiff, errors: ['NOT_FOUND'] })
  diff(
    @CurrentUser() caller: AuthUser,
    @ValidParams(sectionParams) params: { id: string },
    @ValidQuery(diffQuery) query: { from: number; to: number },
  ) {
    return this.sections.diff(caller, params.id, query.from, query.to);
  }
}
