import { Injectable } from '@nestjs/common';
import type {
  CreateProposalRequest,
  List,
  Proposal,
  ProposalDiff,
  ProposalListQuery,
  ProposalTransitionRequest,
  ProposalStatus,
} from '@belong/contracts';
import {
  canMoveProposal,
  decide,
  feedsRecommendations,
  isWithdrawal,
  needsAnswer,
  nextProposalStatuses,
  organisationOf,
  wordDiff,
  type Caller,
} from '@belong/domain';
import { Transactions } from '../../infra/database/transactions';
import { AppError } from '../../infra/http/app-error';
import { enforce } from '../../infra/http/enforce';
import { ApprovalsService } from '../approvals/approvals.service';
import { AuditService } from '../audit/audit.service';
import { RegionsService } from '../regions/regions.service';
import { SectionsService } from '../sections/sections.service';
import { asResource, StrategiesService } from '../strategies/strategies.service';
import { ProposalViews, proposalResource } from './proposal-views';
import { ProposalsRepository, type ProposalRecord } from './proposals.repository';

export type { ProposalRecord } from './proposals.repository';

/** What the participation figures of a strategy need to know of its proposals. */
export interface ProposalParticipation {
  proposedBy: Set<string>;
  endorsedBy: Set<string>;
  statuses: Array<{ status: ProposalStatus; n: number }>;
}

@Injectable()
export class ProposalsService {
  constructor(
    private readonly proposals: ProposalsRepository,
    private readonly tx: Transactions,
    private readonly views: ProposalViews,
    private readonly regions: RegionsService,
    private readonly strategies: StrategiesService,
    private readonly sections: SectionsService,
    private readonly approvals: ApprovalsService,
    private readonly audit: AuditService,
  ) {}

  async list(caller: Caller, regionId: string, query: ProposalListQuery): Promise<List<Proposal>> {
    await this.regions.found(regionId);
    enforce(decide(caller, 'readProposals', { type: 'region', id: regionId }), 'The region');
    const page = await this.proposals.pageOfRegion(regionId, query, organisationOf(caller, regionId));
    return { items: await this.views.of(caller, page.items), nextCursor: page.nextCursor };
  }

  /**
   * On behalf of the caller's organisation; about a strategy of the region (or one of its sections) that
   * takes proposals. The strategy is locked while that is checked, so that it cannot be submitted meanwhile.
   */
  async create(caller: Caller, regionId: string, input: CreateProposalRequest): Promise<Proposal> {
    await this.regions.found(regionId);
    enforce(decide(caller, 'propose', { type: 'region', id: regionId }), 'The region');
    if (input.suggestedText !== undefined && !input.sectionId)
      throw AppError.invalid('body.sectionId', 'A suggested text needs the section it is for');
    return this.tx.run(async () => {
      const { strategyId, sectionId, basedOnRevision } = await this.target(caller, regionId, input);
      const saved = await this.proposals.insert({
        regionId,
        strategyId,
        sectionId,
        organisationId: organisationOf(caller, regionId),
        authorId: caller.userId,
        title: input.title,
        problem: input.problem,
        proposal: input.proposal,
        suggestedText: input.suggestedText ?? null,
        expectedImpact: input.expectedImpact ?? null,
        targetGroups: input.targetGroups ?? [],
        status: 'submitted',
        answer: null,
        revision: 1,
        basedOnRevision,
        appliedRevision: null,
      });
      await this.audit.record({
        actorId: caller.userId,
        regionId,
        action: 'proposal.submitted',
        entityType: 'proposal',
        entityId: saved.id,
        data: { strategyId, sectionId },
      });
      return (await this.views.of(caller, [saved]))[0]!;
    });
  }

  async get(caller: Caller, id: string): Promise<Proposal> {
    return (await this.views.of(caller, [await this.visible(caller, id)]))[0]!;
  }

  /** What applying the suggested text would change in the section's current text, and whose approvals lapse. */
  async diff(caller: Caller, id: string): Promise<ProposalDiff> {
    const proposal = await this.visible(caller, id);
    const section = proposal.sectionId ? await this.sections.find(proposal.sectionId) : null;
    if (!section || proposal.suggestedText === null) throw AppError.notFound('A suggested text');
    const lapsing = await this.approvals.currentDeciders(section);
    return {
      from: section.revision,
      to: section.revision + 1,
      changes: wordDiff(section.body, proposal.suggestedText),
      lapsingApprovals: lapsing.map((o) => ({ organisationId: o.id, organisationName: o.name })),
    };
  }

  /**
   * Locks its strategy (and, to apply the text, its section) before the proposal, then checks and moves it.
   * Applying goes through the sections' own revision: approvals of the old text become stale.
   */
  async transition(caller: Caller, id: string, input: ProposalTransitionRequest): Promise<Proposal> {
    return this.tx.run(async () => {
      const known = await this.visible(caller, id);
      if (known.strategyId) await this.strategies.locked(known.strategyId);
      const section =
        input.applySuggestedText && known.sectionId ? (await this.sections.lockedFor(caller, known.sectionId, 'edit')).section : null;
      const current = await this.lockedProposal(id);
      const endorsements = await this.proposals.endorsementsOf([id]);
      enforce(decide(caller, isWithdrawal(input.to) ? 'withdraw' : 'review', proposalResource(current, endorsements)), 'The proposal', {
        from: current.status,
        to: input.to,
        allowed: nextProposalStatuses(current.status),
      });
      if (!canMoveProposal(current.status, input.to)) {
        throw new AppError('TRANSITION_NOT_ALLOWED', `A proposal ${current.status} cannot move to ${input.to}`, undefined, {
          from: current.status,
          to: input.to,
          allowed: nextProposalStatuses(current.status),
        });
      }
      if (needsAnswer(input.to) && !input.answer) throw AppError.invalid('body.answer', 'The proposer is owed an answer: write it');
      if (input.applySuggestedText && !feedsRecommendations(input.to))
        throw AppError.invalid('body.applySuggestedText', 'Only an accepted proposal changes the text');
      if (input.applySuggestedText && (!section || current.suggestedText === null))
        throw AppError.invalid('body.applySuggestedText', 'The proposal has no suggested text for a section');
      current.status = input.to;
      current.answer = input.answer ?? current.answer;
      current.revision += 1;
      const previousTextRevision = section?.textRevision ?? null;
      if (section && current.suggestedText !== null) {
        const applied = await this.sections.writeRevision(
          section,
          { heading: section.heading, body: current.suggestedText, theme: section.theme },
          caller.userId,
          current.organisationId,
        );
        current.appliedRevision = applied.revision;
      }
      const saved = await this.proposals.save(current);
      await this.audit.record({
        actorId: caller.userId,
        regionId: current.regionId,
        action: `proposal.${input.to}`,
        entityType: 'proposal',
        entityId: id,
        data: { appliedRevision: current.appliedRevision, sectionId: current.sectionId, previousTextRevision },
      });
      return (await this.views.of(caller, [saved]))[0]!;
    });
  }

  /** One endorsement per organisation, never for its own proposal, while the proposal is open. */
  async endorse(caller: Caller, id: string): Promise<Proposal> {
    return this.tx.run(async () => {
      await this.visible(caller, id);
      const proposal = await this.lockedProposal(id);
      enforce(decide(caller, 'endorse', proposalResource(proposal, await this.proposals.endorsementsOf([id]))), 'The proposal');
      const organisationId = organisationOf(caller, proposal.regionId)!;
      if (!(await this.proposals.endorse({ proposalId: id, organisationId, userId: caller.userId })))
        throw new AppError('ALREADY_ENDORSED', 'Your organisation endorses this proposal already');
      await this.audit.record({
        actorId: caller.userId,
        regionId: proposal.regionId,
        action: 'proposal.endorsed',
        entityType: 'proposal',
        entityId: id,
        data: { organisationId },
      });
      return (await this.views.of(caller, [proposal]))[0]!;
    });
  }

  /** What waits for a coordinator's review in these regions: submitted and under review, oldest first. */
  awaitingReview(regionIds: readonly string[]): Promise<ProposalRecord[]> {
    return this.proposals.inRegions(regionIds, ['submitted', 'under_review']);
  }

  /** The proposal as stored, for those who tell people about it (notifications); no access check. */
  async find(id: string): Promise<ProposalRecord | null> {
    return this.proposals.find(id);
  }

  /** The proposal if the caller may read it (404 otherwise). */
  async visible(caller: Caller, id: string): Promise<ProposalRecord> {
    const proposal = await this.proposals.find(id);
    if (!proposal) throw AppError.notFound('The proposal');
    enforce(decide(caller, 'read', proposalResource(proposal, [])), 'The proposal');
    return proposal;
  }

  findMany(ids: readonly string[]): Promise<ProposalRecord[]> {
    return this.proposals.findMany(ids);
  }

  /** Views of proposals the caller reads elsewhere (as sources of a recommendation). */
  viewsOf(caller: Caller, rows: ProposalRecord[]): Promise<Proposal[]> {
    return this.views.of(caller, rows);
  }

  existsInRegion(regionId: string): Promise<boolean> {
    return this.proposals.existsInRegion(regionId);
  }

  /** Who proposed and who endorsed on a strategy, and how its proposals were decided. */
  async participation(strategyId: string): Promise<ProposalParticipation> {
    const [rows, statuses] = await Promise.all([this.proposals.ofStrategy(strategyId), this.proposals.statusesOf(strategyId)]);
    const endorsements = await this.proposals.endorsementsOf(rows.map((p) => p.id));
    return {
      proposedBy: new Set(rows.flatMap((p) => (p.organisationId ? [p.organisationId] : []))),
      endorsedBy: new Set(endorsements.map((e) => e.organisationId)),
      statuses,
    };
  }

  private async lockedProposal(id: string): Promise<ProposalRecord> {
    const proposal = await this.proposals.lock(id);
    if (!proposal) throw AppError.notFound('The proposal');
    return proposal;
  }

  /** The strategy and section a proposal is about: of its region, seen by the caller, and taking proposals now. */
  private async target(caller: Caller, regionId: string, input: CreateProposalRequest) {
    let strategyId = input.strategyId ?? null;
    let basedOnRevision: number | null = null;
    if (input.sectionId) {
      const section = await this.sections.find(input.sectionId);
      if (!section || (strategyId && section.strategyId !== strategyId))
        throw AppError.invalid('body.sectionId', 'No section of that strategy has this id');
      strategyId = section.strategyId;
      basedOnRevision = section.revision;
    }
    if (strategyId) {
      const field = input.sectionId ? 'body.sectionId' : 'body.strategyId';
      const strategy = await this.strategies.locked(strategyId).catch((error: unknown) => {
        throw error instanceof AppError && error.code === 'NOT_FOUND'
          ? AppError.invalid(field, 'No strategy of this region has this id')
          : error;
      });
      const decision = decide(caller, 'propose', asResource(strategy));
      if (strategy.regionId !== regionId || decision.kind === 'hidden')
        throw AppError.invalid(field, 'No strategy of this region has this id');
      enforce(decision, 'The strategy');
    }
    return { strategyId, sectionId: input.sectionId ?? null, basedOnRevision };
  }
}
