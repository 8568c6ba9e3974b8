import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Role } from '@belong/contracts';
import { ApprovalsService } from '../approvals/approvals.service';
import { AuditService, type AuditRecord } from '../audit/audit.service';
import { CommentsService } from '../comments/comments.service';
import { MembersService } from '../members/members.service';
import { ProposalsService } from '../proposals/proposals.service';
import { RecommendationsService } from '../recommendations/recommendations.service';
import { SectionsService } from '../sections/sections.service';
import { StrategiesService } from '../strategies/strategies.service';
import { UsersService } from '../users/users.service';
import { NotificationsService } from './notifications.service';

const everyone: readonly Role[] = ['coordinator', 'stakeholder', 'official', 'observer'];
const answered = new Set(['proposal.accepted', 'proposal.partially_accepted', 'proposal.rejected']);

/**
 * Who is told of what. Follows the writes through the audit log (every write records one, in its transaction),
 * so that the notification is written in the same transaction as the change that causes it.
 */
@Injectable()
export class NotificationTriggers implements OnModuleInit {
  constructor(
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly members: MembersService,
    private readonly users: UsersService,
    private readonly strategies: StrategiesService,
    private readonly sections: SectionsService,
    private readonly approvals: ApprovalsService,
    private readonly proposals: ProposalsService,
    private readonly comments: CommentsService,
    private readonly recommendations: RecommendationsService,
  ) {}

  onModuleInit(): void {
    this.audit.onRecorded((record) => this.react(record));
  }

  private async react(record: AuditRecord): Promise<void> {
    const data = record.data ?? {};
    if (record.action === 'strategy.moved') await this.strategyMoved(record, String(data.to));
    else if (record.action === 'section.updated' && data.newText === true)
      await this.textChanged(record, record.entityId, Number(data.previousTextRevision));
    else if (record.action === 'proposal.submitted') await this.proposalSubmitted(record);
    else if (answered.has(record.action)) {
      await this.proposalAnswered(record);
      if (data.appliedRevision && typeof data.sectionId === 'string')
        await this.textChanged(record, data.sectionId, Number(data.previousTextRevision));
    } else if (record.action === 'comment.created' && typeof data.parentId === 'string') await this.commentReplied(record, data.parentId);
    else if (record.action === 'recommendation.answered') await this.recommendationAnswered(record, String(data.decision));
  }

  private async strategyMoved(record: AuditRecord, to: string): Promise<void> {
    const strategy = await this.strategies.found(record.entityId);
    const tell = async (kind: Parameters<NotificationsService['notify']>[0]['kind'], roles: readonly Role[]) =>
      this.notifications.notify({
        kind,
        actorId: record.actorId,
        recipients: await this.members.whoAre(strategy.regionId, { roles }),
        regionId: strategy.regionId,
        strategyId: strategy.id,
        entity: { type: 'strategy', id: strategy.id },
        params: { strategy: strategy.title },
      });
    if (to === 'consultation') await tell('strategy.consultation_opened', ['stakeholder']);
    if (to === 'submitted') await tell('recommendations.submitted', ['official']);
    if (to === 'adopted') await tell('strategy.adopted', everyone);
    if (to === 'returned') await tell('strategy.returned', ['coordinator']);
  }

  /** The signatories of each organisation whose approval counted on the text before: they must read it again. */
  private async textChanged(record: AuditRecord, sectionId: string, previousTextRevision: number): Promise<void> {
    const section = await this.sections.find(sectionId);
    if (!section || !Number.isInteger(previousTextRevision)) return;
    const organisationIds = await this.approvals.approversOn({ id: section.id, textRevision: previousTextRevision });
    if (organisationIds.length === 0) return;
    const strategy = await this.strategies.found(section.strategyId);
    await this.notifications.notify({
      kind: 'approval.stale',
      actorId: record.actorId,
      recipients: await this.members.whoAre(strategy.regionId, { organisationIds, signatories: true }),
      regionId: strategy.regionId,
      strategyId: strategy.id,
      entity: { type: 'section', id: section.id },
      params: { section: section.heading, strategy: strategy.title },
    });
  }

  private async proposalSubmitted(record: AuditRecord): Promise<void> {
    const proposal = await this.proposals.find(record.entityId);
    if (!proposal) return;
    const strategy = proposal.strategyId ? await this.strategies.found(proposal.strategyId) : null;
    await this.notifications.notify({
      kind: 'proposal.submitted',
      actorId: record.actorId,
      recipients: await this.members.whoAre(proposal.regionId, { roles: ['coordinator'] }),
      regionId: proposal.regionId,
      strategyId: proposal.strategyId,
      entity: { type: 'proposal', id: proposal.id },
      params: { proposal: proposal.title, ...(strategy ? { strategy: strategy.title } : {}) },
    });
  }

  /** The proposing organisation (each of its members), or the person who proposed without one. */
  private async proposalAnswered(record: AuditRecord): Promise<void> {
    const proposal = await this.proposals.find(record.entityId);
    if (!proposal) return;
    const strategy = proposal.strategyId ? await this.strategies.found(proposal.strategyId) : null;
    const recipients = proposal.organisationId
      ? await this.members.whoAre(proposal.regionId, { organisationIds: [proposal.organisationId] })
      : [proposal.authorId];
    await this.notifications.notify({
      kind: 'proposal.answered',
      actorId: record.actorId,
      recipients,
      regionId: proposal.regionId,
      strategyId: proposal.strategyId,
      entity: { type: 'proposal', id: proposal.id },
      params: { proposal: proposal.title, status: proposal.status, ...(strategy ? { strategy: strategy.title } : {}) },
    });
  }

  private async commentReplied(record: AuditRecord, parentId: string): Promise<void> {
    const [parent] = await this.comments.findMany([parentId]);
    const section = parent && (await this.sections.find(parent.sectionId));
    if (!parent || !section) return;
    const [strategy, author] = await Promise.all([
      this.strategies.found(section.strategyId),
      record.actorId ? this.users.find(record.actorId) : null,
    ]);
    await this.notifications.notify({
      kind: 'comment.replied',
      actorId: record.actorId,
      recipients: [parent.authorId],
      regionId: strategy.regionId,
      strategyId: strategy.id,
      entity: { type: 'comment', id: record.entityId },
      params: { section: section.heading, sectionId: section.id, author: author?.name ?? '', strategy: strategy.title },
      // Replies to one comment are one notification while unread, naming the latest to reply.
      groupKey: `comment.replied:${parent.id}`,
    });
  }

  /** Everyone behind the recommendation's sources: their organisations, or themselves. */
  private async recommendationAnswered(record: AuditRecord, decision: string): Promise<void> {
    const found = await this.recommendations.withSources(record.entityId);
    if (!found) return;
    const strategy = await this.strategies.found(found.recommendation.strategyId);
    const members = found.organisationIds.length
      ? await this.members.whoAre(strategy.regionId, { organisationIds: found.organisationIds })
      : [];
    await this.notifications.notify({
      kind: 'recommendation.answered',
      actorId: record.actorId,
      recipients: [...members, ...found.authorIds],
      regionId: strategy.regionId,
      strategyId: strategy.id,
      entity: { type: 'recommendation', id: found.recommendation.id },
      params: { recommendation: found.recommendation.title, decision, strategy: strategy.title },
    });
  }
}
