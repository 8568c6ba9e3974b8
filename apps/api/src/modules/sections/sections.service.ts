import { Injectable } from '@nestjs/common';
import type { CreateSectionRequest, List, ListQuery, SectionDiff, SectionRevision, UpdateSectionRequest } from '@belong/contracts';
import { decide, wordDiff, type ActionOn, type Caller } from '@belong/domain';
import type { LockMode } from '../../infra/database/entity-repository';
import { Transactions } from '../../infra/database/transactions';
import { AppError } from '../../infra/http/app-error';
import { enforce } from '../../infra/http/enforce';
import { decodeNumberCursor, pageByNumber } from '../../infra/http/pagination';
import { staleRevision } from '../../infra/http/revision';
import { AuditService } from '../audit/audit.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { StrategiesService, type StrategyRecord } from '../strategies/strategies.service';
import { UsersService } from '../users/users.service';
import { SectionsRepository, type SectionOutline, type SectionRecord, type SectionText } from './sections.repository';

export type { SectionOutline, SectionRecord, SectionText } from './sections.repository';

export interface SectionInStrategy {
  section: SectionRecord;
  strategy: StrategyRecord;
}

/** The policy's view of a section: as its strategy. */
export function sectionResource(strategy: StrategyRecord) {
  return { type: 'section' as const, strategy: { id: strategy.id, regionId: strategy.regionId, status: strategy.status } };
}

/** The text of a strategy, section by section, with every revision of each. */
@Injectable()
export class SectionsService {
  constructor(
    private readonly sections: SectionsRepository,
    private readonly tx: Transactions,
    private readonly strategies: StrategiesService,
    private readonly users: UsersService,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
  ) {}

  /** The section and its strategy if the caller may see them (404 otherwise); not locked: for reads. */
  async visible(caller: Caller, id: string, what = 'The section'): Promise<SectionInStrategy> {
    const section = await this.sections.find(id);
    if (!section) throw AppError.notFound(what);
    const strategy = await this.strategies.visible(caller, section.strategyId, what);
    return { section, strategy };
  }

  /**
   * In the current transaction: locks the section's strategy, then the section, and asks the policy whether the
   * caller may take `action` on it now. The first step of every write on a section or on what hangs from it;
   * `shared` for one that only adds beside others of its kind (see EntityRepository.lock).
   */
  async lockedFor(
    caller: Caller,
    id: string,
    action: ActionOn<'section'>,
    what = 'The section',
    mode: LockMode = 'exclusive',
  ): Promise<SectionInStrategy> {
    const known = await this.sections.find(id);
    if (!known) throw AppError.notFound(what);
    const strategy = await this.strategies.locked(known.strategyId, what, mode);
    const section = await this.sections.lock(id, mode);
    if (!section) throw AppError.notFound(what);
    enforce(decide(caller, action, sectionResource(strategy)), what);
    return { section, strategy };
  }

  async create(caller: Caller, strategyId: string, input: CreateSectionRequest): Promise<SectionInStrategy> {
    return this.tx.run(async () => {
      const strategy = await this.strategies.lockedFor(caller, strategyId, 'addSection');
      const count = await this.sections.count(strategyId);
      const position = Math.min(input.position ?? count + 1, count + 1);
      await this.sections.shiftFrom(strategyId, position);
      const section = await this.sections.insert({ strategyId, position, heading: input.heading, body: input.body, theme: input.theme });
      await this.sections.insertRevision({
        sectionId: section.id,
        revision: 1,
        heading: input.heading,
        body: input.body,
        theme: input.theme,
        authorId: caller.userId,
        creditedOrganisationId: null,
      });
      await this.audit.record({
        actorId: caller.userId,
        regionId: strategy.regionId,
        action: 'section.created',
        entityType: 'section',
        entityId: section.id,
        data: { strategyId, position, heading: input.heading },
      });
      return { section, strategy };
    });
  }

  /**
   * Every change is a new revision, so that of two editors the second is told (412 on `basedOn`). A change of
   * heading, body or theme is new text: approvals of the old text become stale. A move keeps the text and its
   * approvals. A change that changes nothing is no revision and no event.
   */
  async edit(caller: Caller, id: string, basedOn: number, input: UpdateSectionRequest): Promise<SectionInStrategy> {
    return this.tx.run(async () => {
      const { section: current, strategy } = await this.lockedFor(caller, id, 'edit');
      if (current.revision !== basedOn) throw staleRevision(current.revision);
      const previousTextRevision = current.textRevision;
      const text: SectionText = {
        heading: input.heading ?? current.heading,
        body: input.body ?? current.body,
        theme: input.theme ?? current.theme,
      };
      const newText = text.heading !== current.heading || text.body !== current.body || text.theme !== current.theme;
      const position =
        input.position === undefined ? current.position : Math.min(input.position, await this.sections.count(current.strategyId));
      if (!newText && position === current.position) return { section: current, strategy };
      if (position !== current.position) await this.makeRoom(current, position);
      const section = await this.writeRevision(current, text, caller.userId, null, { position, newText });
      await this.audit.record({
        actorId: caller.userId,
        regionId: strategy.regionId,
        action: 'section.updated',
        entityType: 'section',
        entityId: id,
        data: { fields: Object.keys(input), revision: section.revision, newText, previousTextRevision },
      });
      return { section, strategy };
    });
  }

  /**
   * A new revision of the section, also written when an accepted proposal's text is applied. The caller holds
   * the strategy's and the section's locks.
   */
  async writeRevision(
    section: SectionRecord,
    text: SectionText,
    authorId: string,
    creditedOrganisationId: string | null,
    { position = section.position, newText = true }: { position?: number; newText?: boolean } = {},
  ): Promise<SectionRecord> {
    const revision = section.revision + 1;
    const updated = await this.sections.update(section.id, {
      ...text,
      position,
      revision,
      textRevision: newText ? revision : section.textRevision,
    });
    await this.sections.insertRevision({ sectionId: section.id, revision, ...text, authorId, creditedOrganisationId });
    return updated;
  }

  /** Newest first, a page at a time. */
  async listRevisions(caller: Caller, id: string, query: ListQuery): Promise<List<SectionRevision>> {
    await this.visible(caller, id);
    const rows = await this.sections.revisionsPage(id, query.limit + 1, decodeNumberCursor(query.cursor));
    const page = pageByNumber(rows, query.limit, (r) => r.revision);
    const [authors, credited] = await Promise.all([
      this.users.names(page.items.map((r) => r.authorId)),
      this.organisations.names(page.items.flatMap((r) => (r.creditedOrganisationId ? [r.creditedOrganisationId] : []))),
    ]);
    return {
      items: page.items.map((r) => ({
        revision: r.revision,
        heading: r.heading,
        body: r.body,
        theme: r.theme,
        authorId: r.authorId,
        authorName: authors.get(r.authorId)?.name ?? '',
        creditedOrganisationId: r.creditedOrganisationId,
        creditedOrganisationName: r.creditedOrganisationId ? (credited.get(r.creditedOrganisationId)?.name ?? null) : null,
        createdAt: r.createdAt.toISOString(),
      })),
      nextCursor: page.nextCursor,
    };
  }

  async diff(caller: Caller, id: string, from: number, to: number): Promise<SectionDiff> {
    await this.visible(caller, id);
    const found = await this.sections.revisionsNumbered(id, [from, to]);
    const a = found.find((r) => r.revision === from);
    const b = found.find((r) => r.revision === to);
    if (!a || !b) throw AppError.notFound('That revision');
    return { from, to, changes: wordDiff(`${a.heading}\n\n${a.body}`, `${b.heading}\n\n${b.body}`) };
  }

  ofStrategy(strategyId: string): Promise<SectionRecord[]> {
    return this.sections.ofStrategy(strategyId);
  }

  outlineOf(strategyId: string): Promise<SectionOutline[]> {
    return this.sections.outlineOf(strategyId);
  }

  findMany(ids: readonly string[]): Promise<SectionRecord[]> {
    return this.sections.findMany(ids);
  }

  find(id: string): Promise<SectionRecord | null> {
    return this.sections.find(id);
  }

  /** Shifts the sections between the old and the new place; the unique position index is checked at commit. */
  private async makeRoom(section: SectionRecord, to: number): Promise<void> {
    const from = section.position;
    if (to < from) await this.sections.shiftRange(section.strategyId, to, from - 1, 1);
    else await this.sections.shiftRange(section.strategyId, from + 1, to, -1);
  }
}
