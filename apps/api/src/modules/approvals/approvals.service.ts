import { Injectable } from '@nestjs/common';
import type { ApprovalRule, CreateApprovalRequest, ListQuery, SectionApprovals, StrategyDocument } from '@belong/contracts';
import {
  currentDecisions,
  signsFor,
  summariseApprovals,
  type ApprovalSummary,
  type Caller,
  type OrganisationDecision,
} from '@belong/domain';
import { Transactions } from '../../infra/database/transactions';
import { staleRevision } from '../../infra/http/revision';
import { AuditService } from '../audit/audit.service';
import { OrganisationsService, type OrganisationName } from '../organisations/organisations.service';
import { SectionsService, type SectionRecord } from '../sections/sections.service';
import type { StrategyRecord } from '../strategies/strategies.service';
import { UsersService } from '../users/users.service';
import { ApprovalsRepository, type ApprovalRecord } from './approvals.repository';

type SectionText = Pick<SectionRecord, 'id' | 'textRevision'>;
export type SignOffEntry = StrategyDocument['sections'][number]['signOff'][number];

function asDecision(a: ApprovalRecord, organisation: OrganisationName | undefined): OrganisationDecision {
  return {
    organisationId: a.organisationId,
    organisationType: organisation?.type ?? 'other',
    decision: a.decision,
    revision: a.revision,
    at: a.createdAt,
  };
}

@Injectable()
export class ApprovalsService {
  constructor(
    private readonly approvals: ApprovalsRepository,
    private readonly tx: Transactions,
    private readonly sections: SectionsService,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  /**
   * A signatory decides for their organisation on the revision they read (`basedOn`, from If-Match: 412 when
   * the section changed since); a new decision by the same organisation on the same revision replaces it.
   */
  async decide(caller: Caller, sectionId: string, basedOn: number, input: CreateApprovalRequest): Promise<SectionApprovals> {
    return this.tx.run(async () => {
      const { section, strategy } = await this.sections.lockedFor(caller, sectionId, 'approve');
      if (section.revision !== basedOn) throw staleRevision(section.revision);
      const organisationId = signsFor(caller, strategy.regionId)!;
      await this.approvals.upsert({
        sectionId,
        organisationId,
        revision: section.revision,
        decision: input.decision,
        note: input.note ?? null,
        userId: caller.userId,
      });
      await this.audit.record({
        actorId: caller.userId,
        regionId: strategy.regionId,
        action: input.decision === 'approve' ? 'section.approved' : 'section.changes_requested',
        entityType: 'section',
        entityId: sectionId,
        data: { organisationId, revision: section.revision },
      });
      return this.view(caller, section, strategy, { limit: 50 });
    });
  }

  /** The state on the current text, and every decision on record, newest first; those on older text are stale. */
  async list(caller: Caller, sectionId: string, query: ListQuery): Promise<SectionApprovals> {
    const { section, strategy } = await this.sections.visible(caller, sectionId);
    return this.view(caller, section, strategy, query);
  }

  /** The approval state of each section's current text: two queries for any number of sections. */
  async summaries(sections: readonly SectionText[], rule: ApprovalRule): Promise<Map<string, ApprovalSummary>> {
    const decisions = await this.onCurrentText(sections);
    return new Map(sections.map((s) => [s.id, summariseApprovals(rule, decisions.get(s.id) ?? [], s.textRevision)]));
  }

  /** The organisations whose decisions count on the section's current text: they lapse when the text changes. */
  async currentDeciders(section: SectionText): Promise<OrganisationName[]> {
    const decisions = (await this.onCurrentText([section])).get(section.id) ?? [];
    const names = await this.organisations.names(currentDecisions(decisions, section.textRevision).map((d) => d.organisationId));
    return [...names.values()];
  }

  /** For each section, the organisations whose decision (either way) counts on its current text. */
  async decidersOnCurrentText(sections: readonly SectionText[]): Promise<Map<string, Set<string>>> {
    const decisions = await this.onCurrentText(sections);
    return new Map(
      sections.map((s) => [s.id, new Set(currentDecisions(decisions.get(s.id) ?? [], s.textRevision).map((d) => d.organisationId))]),
    );
  }

  /** The organisations whose approval counted on the section's text of `textRevision`: an edit made it stale. */
  async approversOn(section: { id: string; textRevision: number }): Promise<string[]> {
    const decisions = (await this.onCurrentText([section])).get(section.id) ?? [];
    return currentDecisions(decisions, section.textRevision)
      .filter((d) => d.decision === 'approve')
      .map((d) => d.organisationId);
  }

  /** Every decision on record for each section, marked `current` where it counts on the section's text. */
  async signOff(sections: readonly SectionText[]): Promise<Map<string, SignOffEntry[]>> {
    const rows = await this.approvals.ofSections(sections.map((s) => s.id));
    const organisations = await this.organisations.names(rows.map((a) => a.organisationId));
    return new Map(
      sections.map((s) => {
        const own = rows.filter((a) => a.sectionId === s.id);
        const counting = new Set(
          currentDecisions(
            own.map((a) => asDecision(a, organisations.get(a.organisationId))),
            s.textRevision,
          ).map((d) => `${d.organisationId}@${d.revision}`),
        );
        return [
          s.id,
          own.map((a) => ({
            organisation: organisations.get(a.organisationId)?.name ?? '',
            organisationType: organisations.get(a.organisationId)?.type ?? 'other',
            decision: a.decision,
            note: a.note,
            revision: a.revision,
            current: counting.has(`${a.organisationId}@${a.revision}`),
            at: a.createdAt.toISOString(),
          })),
        ];
      }),
    );
  }

  /** The organisations that approved any part of these sections (participation figures). */
  async organisationsThatApproved(sectionIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.approvals.ofSections(sectionIds);
    return new Set(rows.filter((a) => a.decision === 'approve').map((a) => a.organisationId));
  }

  private async onCurrentText(sections: readonly SectionText[]): Promise<Map<string, OrganisationDecision[]>> {
    const rows = await this.approvals.onCurrentText(sections);
    const organisations = await this.organisations.names(rows.map((a) => a.organisationId));
    const bySection = new Map<string, OrganisationDecision[]>();
    for (const a of rows)
      bySection.set(a.sectionId, [...(bySection.get(a.sectionId) ?? []), asDecision(a, organisations.get(a.organisationId))]);
    return bySection;
  }

  private async view(caller: Caller, section: SectionRecord, strategy: StrategyRecord, query: ListQuery): Promise<SectionApprovals> {
    const own = signsFor(caller, strategy.regionId);
    const [summary, page, latest] = await Promise.all([
      this.summaries([section], strategy.approvalRule).then((m) => m.get(section.id)!),
      this.approvals.pageOfSection(section.id, query),
      own ? this.approvals.latestOf(section.id, own) : Promise.resolve(null),
    ]);
    const rows = latest ? [...page.items, latest] : page.items;
    const [organisations, people] = await Promise.all([
      this.organisations.names(rows.map((a) => a.organisationId)),
      this.users.names(rows.map((a) => a.userId)),
    ]);
    const item = (a: ApprovalRecord) => ({
      organisationId: a.organisationId,
      organisationName: organisations.get(a.organisationId)?.name ?? '',
      organisationType: organisations.get(a.organisationId)?.type ?? 'other',
      decision: a.decision,
      note: a.note,
      userId: a.userId,
      userName: people.get(a.userId)?.name ?? '',
      revision: a.revision,
      stale: a.revision < section.textRevision,
      createdAt: a.createdAt.toISOString(),
    });
    const mine = latest ? item(latest) : null;
    return {
      revision: section.revision,
      ...summary,
      items: page.items.map(item),
      nextCursor: page.nextCursor,
      mine: mine && {
        decision: mine.decision,
        note: mine.note,
        userName: mine.userName,
        revision: mine.revision,
        stale: mine.stale,
        createdAt: mine.createdAt,
      },
    };
  }
}
