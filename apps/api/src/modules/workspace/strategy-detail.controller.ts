import { Controller, Get, HttpCode, Patch, Post, UseInterceptors } from '@nestjs/common';
import {
  strategyDetail,
  strategyDetailQuery,
  strategyParams,
  strategyTransitionRequest,
  updateStrategyRequest,
  type StrategyDetailQuery,
  type StrategyTransitionRequest,
  type UpdateStrategyRequest,
} from '@belong/contracts';
import type { Caller } from '@belong/domain';
import { CurrentUser, type AuthUser } from '../../infra/auth/auth-user';
import { AnswerCache } from '../../infra/http/answer-cache';
import { AnswerETag, IfMatch, RevisionETag } from '../../infra/http/revision';
import { Doc } from '../../infra/http/route-doc';
import { ValidBody, ValidParams, ValidQuery } from '../../infra/http/validation';
import { StrategiesService } from '../strategies/strategies.service';
import { StrategyViews } from './strategy-views';
import { WorkflowService } from './workflow.service';

/** The strategy as people work on it: its page, its settings, its moves. */
@Controller('strategies/:id')
@UseInterceptors(RevisionETag)
export class StrategyDetailController {
  constructor(
    private readonly strategies: StrategiesService,
    private readonly views: StrategyViews,
    private readonly workflow: WorkflowService,
    private readonly pages: AnswerCache,
  ) {}

  @Get()
  @UseInterceptors(AnswerETag)
  @Doc({
    summary:
      'A strategy with its sections in order, their approval state, and what you may do; with `?lang=`, each section that has a translation into that language is shown in it (`translation` says which, and whether it is outdated)',
    response: strategyDetail,
    errors: ['NOT_FOUND'],
  })
  async get(
    @CurrentUser() caller: AuthUser,
    @ValidParams(strategyParams) params: { id: string },
    @ValidQuery(strategyDetailQuery) query: StrategyDetailQuery,
  ) {
    // The stamp first: the strategy and everything read after it are at least as new as the stamp says.
    const stamp = await this.strategies.stampOf(params.id);
    const strategy = await this.strategies.visible(caller, params.id);
    return this.pages.answer(`${strategy.id} ${stamp} ${query.lang ?? ''} ${callerKey(caller)}`, () =>
      this.views.detail(caller, strategy, query.lang),
    );
  }

  @Patch()
  @Doc({
    summary: 'Rename the strategy or change its approval rule (coordinators; If-Match; not once submitted)',
    response: strategyDetail,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'STALE_REVISION', 'PRECONDITION_REQUIRED', 'TEXT_FROZEN', 'APPROVAL_RULE_UNMEETABLE'],
  })
  async update(
    @CurrentUser() caller: AuthUser,
    @ValidParams(strategyParams) params: { id: string },
    @IfMatch() basedOn: number,
    @ValidBody(updateStrategyRequest) body: UpdateStrategyRequest,
  ) {
    return this.views.detail(caller, await this.strategies.update(caller, params.id, basedOn, body));
  }

  @Post('transitions')
  @HttpCode(200)
  @Doc({
    summary: "Move the strategy through its workflow (coordinators; adopting or returning a submitted one is the authority's officials')",
    response: strategyDetail,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'TRANSITION_NOT_ALLOWED', 'SECTIONS_NOT_APPROVED', 'RECOMMENDATIONS_UNANSWERED'],
  })
  async transition(
    @CurrentUser() caller: AuthUser,
    @ValidParams(strategyParams) params: { id: string },
    @ValidBody(strategyTransitionRequest) body: StrategyTransitionRequest,
  ) {
    return this.views.detail(caller, await this.workflow.transition(caller, params.id, body.to, body.note));
  }
}

/** Everything about the caller that the page depends on (what they may do follows from it). */
function callerKey({ userId, isAdmin, memberships }: Caller): string {
  return JSON.stringify([userId, isAdmin, memberships.map((m) => [m.regionId, m.role, m.organisationId, m.signatory])]);
}
