import { Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import {
  createRecommendationRequest,
  listOf,
  listQuery,
  proposalParams,
  recommendation,
  recommendationParams,
  recommendationResponseRequest,
  strategyParams,
  updateRecommendationRequest,
  type CreateRecommendationRequest,
  type ListQuery,
  type RecommendationResponseRequest,
  type UpdateRecommendationRequest,
} from '@belong/contracts';
import { CurrentUser, type AuthUser } from '../../infra/auth/auth-user';
import { Idempotent } from '../../infra/http/idempotency/idempotent.decorator';
import { Doc } from '../../infra/http/route-doc';
import { ValidBody, ValidParams, ValidQuery } from '../../infra/http/validation';
import { RecommendationsService } from './recommendations.service';

@Controller()
export class RecommendationsController {
  constructor(private readonly recommendations: RecommendationsService) {}

  @Get('strategies/:id/recommendations')
  @Doc({
    summary: "The strategy's recommendations with their sources and answers",
    response: listOf(recommendation),
    errors: ['NOT_FOUND'],
  })
  list(@CurrentUser() caller: AuthUser, @ValidParams(strategyParams) params: { id: string }, @ValidQuery(listQuery) query: ListQuery) {
    return this.recommendations.list(caller, params.id, query);
  }

  @Post('strategies/:id/recommendations')
  @HttpCode(201)
  @Idempotent()
  @Doc({
    summary: 'Build a recommendation from accepted proposals and comments (coordinators)',
    response: recommendation,
    status: 201,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'TEXT_FROZEN'],
  })
  create(
    @CurrentUser() caller: AuthUser,
    @ValidParams(strategyParams) params: { id: string },
    @ValidBody(createRecommendationRequest) body: CreateRecommendationRequest,
  ) {
    return this.recommendations.create(caller, params.id, body);
  }

  @Get('recommendations/:id')
  @Doc({ summary: 'One recommendation with its sources and answer', response: recommendation, errors: ['NOT_FOUND'] })
  get(@CurrentUser() caller: AuthUser, @ValidParams(recommendationParams) params: { id: string }) {
    return this.recommendations.get(caller, params.id);
  }

  @Get('proposals/:id/recommendations')
  @Doc({
    summary: "The recommendations built from a proposal, with the authority's answers: where it led",
    response: listOf(recommendation),
    errors: ['NOT_FOUND'],
  })
  ofProposal(@CurrentUser() caller: AuthUser, @ValidParams(proposalParams) params: { id: string }) {
    return this.recommendations.ofProposal(caller, params.id);
  }

  @Patch('recommendations/:id')
  @Doc({
    summary: 'Reword a draft recommendation or change its sources (coordinators, until it goes to the authority)',
    response: recommendation,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'TEXT_FROZEN'],
  })
  update(
    @CurrentUser() caller: AuthUser,
    @ValidParams(recommendationParams) params: { id: string },
    @ValidBody(updateRecommendationRequest) body: UpdateRecommendationRequest,
  ) {
    return this.recommendations.update(caller, params.id, body);
  }

  @Delete('recommendations/:id')
  @HttpCode(204)
  @Doc({
    summary: 'Delete a draft recommendation (coordinators, until it goes to the authority)',
    errors: ['FORBIDDEN', 'NOT_FOUND', 'TEXT_FROZEN'],
  })
  delete(@CurrentUser() caller: AuthUser, @ValidParams(recommendationParams) params: { id: string }): Promise<void> {
    return this.recommendations.delete(caller, params.id);
  }

  @Post('recommendations/:id/response')
  @HttpCode(201)
  @Idempotent()
  @Doc({
    summary: "Answer a submitted recommendation (the region's officials)",
    response: recommendation,
    status: 201,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'INVALID_STATE'],
  })
  respond(
    @CurrentUser() caller: AuthUser,
    @ValidParams(recommendationParams) params: { id: string },
    @ValidBody(recommendationResponseRequest) body: RecommendationResponseRequest,
  ) {
    return this.recommendations.respond(caller, params.id, body);
  }
}
