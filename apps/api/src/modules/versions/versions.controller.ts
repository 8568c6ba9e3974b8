import { Controller, Get } from '@nestjs/common';
import { listOf, listQuery, regionParams, regionVersion, strategyParams, strategyVersion, type ListQuery } from '@belong/contracts';
import { CurrentUser, type AuthUser } from '../../infra/auth/auth-user';
import { Doc } from '../../infra/http/route-doc';
import { ValidParams, ValidQuery } from '../../infra/http/validation';
import { VersionsService } from './versions.service';

@Controller()
export class VersionsController {
  constructor(private readonly versions: VersionsService) {}

  @Get('regions/:regionId/versions')
  @Doc({
    summary: "The submitted versions of the region's strategies you may see, newest first, with dates and checksums",
    response: listOf(regionVersion),
    errors: ['NOT_FOUND'],
  })
  regionVersions(
    @CurrentUser() caller: AuthUser,
    @ValidParams(regionParams) params: { regionId: string },
    @ValidQuery(listQuery) query: ListQuery,
  ) {
    return this.versions.listForRegion(caller, params.regionId, query);
  }

  @Get('strategies/:id/versions')
  @Doc({
    summary: 'The submitted versions, numbered, with the SHA-256 of their canonical JSON',
    response: listOf(strategyVersion),
    errors: ['NOT_FOUND'],
  })
  list(@CurrentUser() caller: AuthUser, @ValidParams(strategyParams) params: { id: string }, @ValidQuery(listQuery) query: ListQuery) {
    return this.versions.list(caller, params.id, query);
  }
}
