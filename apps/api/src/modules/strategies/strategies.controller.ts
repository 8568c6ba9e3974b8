import { Controller, Get, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import {
  createStrategyRequest,
  listOf,
  listQuery,
  regionParams,
  strategy,
  type CreateStrategyRequest,
  type ListQuery,
} from '@belong/contracts';
import { CurrentUser, type AuthUser } from '../../infra/auth/auth-user';
import { Idempotent } from '../../infra/http/idempotency/idempotent.decorator';
import { RevisionETag } from '../../infra/http/revision';
import { Doc } from '../../infra/http/route-doc';
import { ValidBody, ValidParams, ValidQuery } from '../../infra/http/validation';
import { StrategiesService } from './strategies.service';

@Controller('regions/:regionId/strategies')
@UseInterceptors(RevisionETag)
export class StrategiesController {
  constructor(private readonly strategies: StrategiesService) {}

  @Get()
  @Doc({ summary: "The region's strategies (drafts for coordinators only)", response: listOf(strategy), errors: ['NOT_FOUND'] })
  list(@CurrentUser() caller: AuthUser, @ValidParams(regionParams) params: { regionId: string }, @ValidQuery(listQuery) query: ListQuery) {
    return this.strategies.list(caller, params.regionId, query);
  }

  @Post()
  @HttpCode(201)
  @Idempotent()
  @Doc({ summary: 'Start a strategy, as a draft (coordinators)', response: strategy, status: 201, errors: ['FORBIDDEN', 'NOT_FOUND'] })
  create(
    @CurrentUser() caller: AuthUser,
    @ValidParams(regionParams) params: { regionId: string },
    @ValidBody(createStrategyRequest) body: CreateStrategyRequest,
  ) {
    return this.strategies.create(caller, params.regionId, body);
  }
}
