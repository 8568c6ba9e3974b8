import { Controller, Get, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import {
  createProposalRequest,
  listOf,
  proposal,
  proposalListQuery,
  proposalParams,
  proposalTransitionRequest,
  regionParams,
  proposalDiff,
  type CreateProposalRequest,
  type ProposalListQuery,
  type ProposalTransitionRequest,
} from '@belong/contracts';
import { CurrentUser, type AuthUser } from '../../infra/auth/auth-user';
import { Idempotent } from '../../infra/http/idempotency/idempotent.decorator';
import { AnswerETag } from '../../infra/http/revision';
import { Doc } from '../../infra/http/route-doc';
import { ValidBody, ValidParams, ValidQuery } from '../../infra/http/validation';
import { ProposalsService } from './proposals.service';

@Controller()
export class ProposalsController {
  constructor(private readonly proposals: ProposalsService) {}

  @Get('regions/:regionId/proposals')
  @Doc({
    summary: "The region's improvement proposals (members); filter by status, strategy or `organisation=mine`",
    response: listOf(proposal),
    errors: ['NOT_FOUND'],
  })
  list(
    @CurrentUser() caller: AuthUser,
    @ValidParams(regionParams) params: { regionId: string },
    @ValidQuery(proposalListQuery) query: ProposalListQuery,
  ) {
    return this.proposals.list(caller, params.regionId, query);
  }

  @Post('regions/:regionId/proposals')
  @HttpCode(201)
  @Idempotent()
  @Doc({
    summary: 'Submit a proposal on behalf of your organisation (stakeholders, coordinators)',
    response: proposal,
    status: 201,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'INVALID_STATE'],
  })
  create(
    @CurrentUser() caller: AuthUser,
    @ValidParams(regionParams) params: { regionId: string },
    @ValidBody(createProposalRequest) body: CreateProposalRequest,
  ) {
    return this.proposals.create(caller, params.regionId, body);
  }

  @Get('proposals/:id')
  @UseInterceptors(AnswerETag)
  @Doc({ summary: 'A proposal with its endorsements and answer', response: proposal, errors: ['NOT_FOUND'] })
  get(@CurrentUser() caller: AuthUser, @ValidParams(proposalParams) params: { id: string }) {
    return this.proposals.get(caller, params.id);
  }

  @Get('proposals/:id/diff')
  @Doc({
    summary: "What the suggested text would change in the section's current text, and whose approvals would lapse",
    response: proposalDiff,
    errors: ['NOT_FOUND'],
  })
  diff(@CurrentUser() caller: AuthUser, @ValidParams(proposalParams) params: { id: string }) {
    return this.proposals.diff(caller, params.id);
  }

  @Post('proposals/:id/transitions')
  @HttpCode(200)
  @Doc({
    summary: 'Review, accept, partly accept or reject (coordinators; with an answer), or withdraw (the proposing organisation)',
    response: proposal,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'TRANSITION_NOT_ALLOWED', 'TEXT_FROZEN', 'INVALID_STATE'],
  })
  transition(
    @CurrentUser() caller: AuthUser,
    @ValidParams(proposalParams) params: { id: string },
    @ValidBody(proposalTransitionRequest) body: ProposalTransitionRequest,
  ) {
    return this.proposals.transition(caller, params.id, body);
  }

  @Post('proposals/:id/endorsements')
  @HttpCode(201)
  @Idempotent()
  @Doc({
    summary: "Endorse another organisation's proposal (stakeholders; once per organisation)",
    response: proposal,
    status: 201,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'ALREADY_ENDORSED', 'INVALID_STATE'],
  })
  endorse(@CurrentUser() caller: AuthUser, @ValidParams(proposalParams) params: { id: string }) {
    return this.proposals.endorse(caller, params.id);
  }
}
