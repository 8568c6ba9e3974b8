import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import type { CreateProposalRequest, List, Proposal, ProposalListQuery, ProposalTransitionRequest, SectionDiff } from '@belong/contracts';
import {
  canMoveProposal,
  feedsRecommendations,
  isWithdrawal,
  needsAnswer,
  nextProposalStatuses,
  openToMembers,
  wordDiff,
} from '@belong/domain';
import type { AuthUser } from '../../infra/auth/auth-user';
import { AppError } from '../../infra/http/app-error';
import { paginate } from '../../infra/http/pagination';
import { AuditService } from '../audit/audit.service';
import { RegionsService } from '../regions/regions.service';
import { SectionEntity } from '../sections/section.entity';
import { SectionsService } from '../sections/sections.service';
import { StrategyEntity } from '../strategies/strategy.entity';
import { EndorsementEntity } from './endorsement.entity';
import { ProposalViews } from './proposal-views.service';
import { ProposalEntity } from './proposal.entity';

@Injectable()
export class ProposalsService {
  constructor(
    @InjectRepository(ProposalEntity) private readonly proposals: Repository<ProposalEntity>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly regions: RegionsService,
    private readonly sections: SectionsService,
    private readonly views: ProposalViews,
    private readonly audit: AuditService,
  ) {}

  async list(caller: AuthUser, regionId: string, query: ProposalListQuery): Promise<List<Proposal>> {
    await this.regions.assertAccess(caller, regionId, 'proposals.read');
    const qb = this.proposals
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.author', 'author')
      .leftJoinAndSelect('p.organisation', 'organisation')
      .where('p.regionId = :regionId', { regionId });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.strategyId) qb.andWhere('p.strategyId = :strategyId', { strategyId: query.strategyId });
    if (query.organisation === 'mine')
      qb.andWhere('p.organisationId = :mine', { mine: organisationOf(caller, regionId) ?? '00000000-0000-0000-0000-000000000000' });
    const page = await paginate(qb, 'p', query);
    return { items: await this.views.of(page.items), nextCursor: page.nextCursor };
  }

  async create(caller: AuthUser, regionId: string, input: CreateProposalRequest): Promise<Proposal> {
    await this.regions.assertAccess(caller, regionId, 'proposals.write');
    const { strategyId, sectionId, basedOnRevision } = await this.target(regionId, input);
    if (input.suggestedText !== undefined && !sectionId)
      throw AppError.invalid('body.sectionId', 'A suggested text needs the section it is for');
    const id = await this.db.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(ProposalEntity, {
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
        }),
      );
      await this.audit.record(manager, {
        actorId: caller.userId,
        regionId,
        action: 'proposal.submitted',
        entityType: 'proposal',
        entityId: saved.id,
        data: { strategyId, sectionId },
      });
      return saved.id;
    });
    return this.load(id);
  }

  async get(caller: AuthUser, id: string): Promise<Proposal> {
    await this.visible(caller, id);
    return this.load(id);
  }

  /** What applying the suggested text would change in the section's current text. */
  async diff(caller: AuthUser, id: string): Promise<SectionDiff> {
    const proposal = await this.visible(caller, id);
    if (!proposal.sectionId || proposal.suggestedText === null) throw AppError.notFound('A suggested text');
    const section = await this.db.getRepository(SectionEntity).findOneByOrFail({ id: proposal.sectionId });
    return { from: section.revision, to: section.revision + 1, changes: wordDiff(section.body, proposal.suggestedText) };
  }

  async transition(caller: AuthUser, id: string, input: ProposalTransitionRequest): Promise<Proposal> {
    const proposal = await this.visible(caller, id);
    await this.db.transaction(async (manager) => {
      const current = await manager.findOneOrFail(ProposalEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (isWithdrawal(input.to)) this.assertMayWithdraw(caller, current);
      else await this.regions.assertAccess(caller, proposal.regionId, 'proposals.review');
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
      current.status = input.to;
      current.answer = input.answer ?? current.answer;
      current.revision += 1;
      if (input.applySuggestedText) current.appliedRevision = await this.applySuggestedText(manager, caller, current);
      await manager.save(current);
      await this.audit.record(manager, {
        actorId: caller.userId,
        regionId: current.regionId,
        action: `proposal.${input.to}`,
        entityType: 'proposal',
        entityId: id,
        data: { appliedRevision: current.appliedRevision },
      });
    });
    return this.load(id);
  }

  /** One endorsement per organisation, never for its own proposal, while the proposal is open. */
  async endorse(caller: AuthUser, id: string): Promise<Proposal> {
    const proposal = await this.visible(caller, id);
    await this.regions.assertAccess(caller, proposal.regionId, 'proposals.endorse');
    const organisationId = organisationOf(caller, proposal.regionId);
    if (!organisationId || organisationId === proposal.organisationId)
      throw new AppError('FORBIDDEN', 'An organisation endorses the proposals of others');
    if (proposal.status !== 'submitted' && proposal.status !== 'under_review')
      throw new AppError('INVALID_STATE', `The proposal is ${proposal.status}: it takes no more endorsements`);
    await this.db.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(EndorsementEntity)
        .values({ proposalId: id, organisationId, userId: caller.userId })
        .orIgnore()
        .execute();
      if ((inserted.raw as unknown[]).length === 0)
        throw new AppError('ALREADY_ENDORSED', 'Your organisation endorses this proposal already');
      await this.audit.record(manager, {
        actorId: caller.userId,
        regionId: proposal.regionId,
        action: 'proposal.endorsed',
        entityType: 'proposal',
        entityId: id,
        data: { organisationId },
      });
    });
    return this.load(id);
  }

  async visible(caller: AuthUser, id: string): Promise<ProposalEntity> {
    const proposal = await this.proposals.findOne({ where: { id } });
    if (!proposal) throw AppError.notFound('The proposal');
    await this.regions.assertAccess(caller, proposal.regionId, 'proposals.read').catch((error: unknown) => {
      throw error instanceof AppError && error.code === 'NOT_FOUND' ? AppError.notFound('The proposal') : error;
    });
    return proposal;
  }

  private async load(id: string): Promise<Proposal> {
    const proposal = await this.proposals.findOneOrFail({ where: { id }, relations: { author: true, organisation: true } });
    const [view] = await this.views.of([proposal]);
    return view!;
  }

  /** The strategy and section a proposal is about must be of its region and open to its members. */
  private async target(regionId: string, input: CreateProposalRequest) {
    let strategyId = input.strategyId ?? null;
    let basedOnRevision: number | null = null;
    if (input.sectionId) {
      const section = await this.db.getRepository(SectionEntity).findOneBy({ id: input.sectionId });
      if (!section || (strategyId && section.strategyId !== strategyId))
        throw AppError.invalid('body.sectionId', 'No section of that strategy has this id');
      strategyId = section.strategyId;
      basedOnRevision = section.revision;
    }
    if (strategyId) {
      const strategy = await this.db.getRepository(StrategyEntity).findOneBy({ id: strategyId });
      if (!strategy || strategy.regionId !== regionId || !openToMembers(strategy.status)) {
        throw AppError.invalid(
          input.sectionId ? 'body.sectionId' : 'body.strategyId',
          'No strategy of this region open to its members has this id',
        );
      }
    }
    return { strategyId, sectionId: input.sectionId ?? null, basedOnRevision };
  }

  private assertMayWithdraw(caller: AuthUser, proposal: ProposalEntity): void {
    const sameOrganisation = proposal.organisationId !== null && organisationOf(caller, proposal.regionId) === proposal.organisationId;
    if (proposal.authorId !== caller.userId && !sameOrganisation)
      throw new AppError('FORBIDDEN', 'Only the proposing organisation withdraws its proposal');
  }

  /** The same revision mechanism as an edit: approvals of the old revision become stale. */
  private async applySuggestedText(manager: EntityManager, caller: AuthUser, proposal: ProposalEntity): Promise<number> {
    if (!proposal.sectionId || proposal.suggestedText === null)
      throw AppError.invalid('body.applySuggestedText', 'The proposal has no suggested text for a section');
    const section = await manager.findOneOrFail(SectionEntity, { where: { id: proposal.sectionId }, lock: { mode: 'pessimistic_write' } });
    const strategy = await manager.findOneByOrFail(StrategyEntity, { id: section.strategyId });
    this.sections.assertEditable(strategy);
    const updated = await this.sections.writeRevision(
      manager,
      section,
      { heading: section.heading, body: proposal.suggestedText, theme: section.theme },
      caller.userId,
      proposal.organisationId,
    );
    return updated.revision;
  }
}

function organisationOf(caller: AuthUser, regionId: string): string | null {
  return caller.memberships.find((m) => m.regionId === regionId)?.organisationId ?? null;
}
