import { Controller, Get, HttpCode, Patch, Post, UseInterceptors } from '@nestjs/common';
import { z } from 'zod';
import {
  createStrategyRequest,
  listOf,
  listQuery,
  regionParams,
  regionVersion,
  strategy,
  strategyDetail,
  strategyParams,
  strategyTransitionRequest,
  strategyVersion,
  updateStrategyRequest,
  type CreateStrategyRequest,
  type ListQuery,
  type StrategyTransitionRequest,
  type UpdateStrategyRequest,
} from '@belong/contracts';
import { CurrentUser, type AuthUser } from '../../infra/auth/auth-user';
import { Idempotent } from '../../infra/http/idempotency/idempotent.decorator';
import { IfMatch, RevisionETag } from '../../infra/http/revision';
import { Doc } from '../../infra/http/route-doc';
import { ValidBody, ValidParams, ValidQuery } from '../../infra/http/validation';
import { StrategiesService } from './strategies.service';
import { StrategyVersions } from './strategy-versions.service';

@Controller()
@UseInterceptors(RevisionETag)
export class StrategiesController {
  constructor(
    private readonly strategies: StrategiesService,
    private readonly strategyVersions: StrategyVersions,
  ) {}

  @Get('regions/:regionId/strategies')
  @Doc({ summary: "The region's strategies (drafts for coordinators only)", response: listOf(strategy), errors: ['NOT_FOUND'] })
  list(@CurrentUser() caller: AuthUser, @ValidParams(regionParams) params: { regionId: string }, @ValidQuery(listQuery) query: ListQuery) {
    return this.strategies.list(caller, params.regionId, query);
  }

  @Post('regions/:regionId/strategies')
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

  @Get('strategies/:id')
  @Doc({ summary: 'A strategy with its sections in order and their approval state', response: strategyDetail, errors: ['NOT_FOUND'] })
  get(@CurrentUser() caller: AuthUser, @ValidParams(strategyParams) params: { id: string }) {
    return this.strategies.get(caller, params.id);
  }

  @Patch('strategies/:id')
  @Doc({
    summary: 'Rename the strategy or change its approval rule (coordinators; If-Match)',
    response: strategyDetail,
    errors: ['FORBIDDEN', 'NOT_FOUND'],
  })
  update(
    @CurrentUser() caller: AuthUser,
    @ValidParams(strategyParams) params: { id: string },
    @IfMatch() basedOn: number,
    @ValidBody(updateStrategyRequest) body: UpdateStrategyRequest,
  ) {
    return this.strategies.update(caller, params.id, basedOn, body);
  }

  @Get('regions/:regionId/versions')
  @Doc({
    summary: "The submitted versions of the region's strategies you may see, newest first, with dates and checksums",
    response: listOf(regionVersion),
    errors: ['NOT_FOUND'],
  })
  regionVersions(@CurrentUser() caller: AuthUser, @ValidParams(regionParams) params: { regionId: string }) {
    return this.strategyVersions.listForRegion(caller, params.regionId);
  }

  @Get('strategies/:id/versions')
  @Doc({
    summary: 'The submitted versions, numbered, with the SHA-256 of their canonical JSON',
    response: z.array(strategyVersion),
    errors: ['NOT_FOUND'],
  })
  versions(@CurrentUser() caller: AuthUser, @ValidParams(strategyParams) params: { id: string }) {
    return this.strategyVersions.list(caller, params.id);
  }

  @Post('strategies/:id/transitions')
  @HttpCode(200)
  @Doc({
    summary: 'Move the strategy through its workflow (coordinators)',
    response: strategyDetail,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'TRANSITION_NOT_ALLOWED', 'SECTIONS_NOT_APPROVED', 'RECOMMENDATIONS_UNANSWERED'],
  })
  transition(
    @CurrentUser() caller: AuthUser,
    @ValidParams(strategyParams) params: { id: string },
    @ValidBody(strategyTransitionRequest) body: StrategyTransitionRequest,
  ) {
    return this.strategies.transition(caller, params.id, body.to, body.note);
  }
}
