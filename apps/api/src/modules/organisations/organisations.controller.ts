import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  createOrganisationRequest,
  listOf,
  listQuery,
  organisation,
  regionParams,
  type CreateOrganisationRequest,
  type ListQuery,
} from '@belong/contracts';
import { CurrentUser, type AuthUser } from '../../infra/auth/auth-user';
import { Idempotent } from '../../infra/http/idempotency/idempotent.decorator';
import { Doc } from '../../infra/http/route-doc';
import { ValidBody, ValidParams, ValidQuery } from '../../infra/http/validation';
import { OrganisationsService } from './organisations.service';

@Controller('regions/:regionId/organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @Doc({ summary: "The region's organisations (members of the region)", response: listOf(organisation), errors: ['NOT_FOUND'] })
  list(@CurrentUser() caller: AuthUser, @ValidParams(regionParams) params: { regionId: string }, @ValidQuery(listQuery) query: ListQuery) {
    return this.organisations.list(caller, params.regionId, query);
  }

  @Post()
  @HttpCode(201)
  @Idempotent()
  @Doc({
    summary: 'Add an organisation to the region (administrators, coordinators)',
    response: organisation,
    status: 201,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'ORGANISATION_NAME_TAKEN'],
  })
  create(
    @CurrentUser() caller: AuthUser,
    @ValidParams(regionParams) params: { regionId: string },
    @ValidBody(createOrganisationRequest) body: CreateOrganisationRequest,
  ) {
    return this.organisations.create(caller, params.regionId, body);
  }
}
