import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import type { CreateSectionRequest, Section, SectionDiff, SectionRevision, UpdateSectionRequest } from '@belong/contracts';
import { textFrozen, wordDiff } from '@belong/domain';
import type { AuthUser } from '../../infra/auth/auth-user';
import { AppError } from '../../infra/http/app-error';
import { staleRevision } from '../../infra/http/revision';
import { AuditService } from '../audit/audit.service';
import { StrategyAccess } from '../strategies/strategy-access.service';
import type { StrategyEntity } from '../strategies/strategy.entity';
import { SectionRevisionEntity } from './section-revision.entity';
import { SectionViews } from './section-views.service';
import { SectionEntity } from './section.entity';

type SectionText = Pick<SectionEntity, 'heading' | 'body' | 'theme'>;

@Injectable()
export class SectionsService {
  constructor(
    @InjectRepository(SectionEntity) private readonly sections: Repository<SectionEntity>,
    @InjectRepository(SectionRevisionEntity) private readonly revisions: Repository<SectionRevisionEntity>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: StrategyAccess,
    private readonly views: SectionViews,
    private readonly audit: AuditService,
  ) {}

  async create(caller: AuthUser, strategyId: string, input: CreateSectionRequest): Promise<Section> {
    const { section, strategy } = await this.db.transaction(async (manager) => {
      const strategy = await this.access.coordinated(caller, strategyId, manager);
      this.assertEditable(strategy);
      const count = await manager.count(SectionEntity, { where: { strategyId } });
      const position = Math.min(input.position ?? count + 1, count + 1);
      await manager.query(`UPDATE sections SET position = position + 1 WHERE strategy_id = $1 AND position >= $2`, [strategyId, position]);
      const section = await manager.save(
        manager.create(SectionEntity, { strategyId, position, heading: input.heading, body: input.body, theme: input.theme, revision: 1 }),
      );
      await manager.insert(SectionRevisionEntity, {
        sectionId: section.id,
        revision: 1,
        heading: input.heading,
        body: input.body,
        theme: input.theme,
        authorId: caller.userId,
      });
      await this.audit.record(manager, {
        actorId: caller.userId,
        regionId: strategy.regionId,
        action: 'section.created',
        entityType: 'section',
        entityId: section.id,
        data: { strategyId, position, heading: input.heading },
      });
      return { section, strategy };
    });
    return this.view(section, strategy);
  }

  /** The section and its strategy, if the caller may see the strategy; 404 otherwise. */
  async visible(caller: AuthUser, id: string): Promise<{ section: SectionEntity; strategy: StrategyEntity }> {
    const section = await this.sections.findOne({ where: { id } });
    if (!section) throw AppError.notFound('The section');
    const strategy = await this.access.visible(caller, section.strategyId).catch(() => {
      throw AppError.notFound('The section');
    });
    return { section, strategy };
  }

  async get(caller: AuthUser, id: string): Promise<Section> {
    const { section, strategy } = await this.visible(caller, id);
    return this.view(section, strategy);
  }

  /**
   * A change of heading, body or theme is a new revision (approvals of the old one become stale); a move
   * is not. `basedOn` must be the current revision: of two editors, the second is told (412).
   */
  async update(caller: AuthUser, id: string, basedOn: number, input: UpdateSectionRequest): Promise<Section> {
    const { section, strategy } = await this.db.transaction(async (manager) => {
      const current = await manager.findOne(SectionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw AppError.notFound('The section');
      const strategy = await this.access.coordinated(caller, current.strategyId, manager).catch((error: unknown) => {
        throw error instanceof AppError && error.code === 'NOT_FOUND' ? AppError.notFound('The section') : error;
      });
      this.assertEditable(strategy);
      if (current.revision !== basedOn) throw staleRevision(current.revision);
      if (input.position !== undefined) await this.move(manager, current, input.position);
      const text: SectionText = {
        heading: input.heading ?? current.heading,
        body: input.body ?? current.body,
        theme: input.theme ?? current.theme,
      };
      const changed = text.heading !== current.heading || text.body !== current.body || text.theme !== current.theme;
      const section = changed ? await this.writeRevision(manager, current, text, caller.userId, null) : await manager.save(current);
      await this.audit.record(manager, {
        actorId: caller.userId,
        regionId: strategy.regionId,
        action: 'section.updated',
        entityType: 'section',
        entityId: id,
        data: { fields: Object.keys(input), revision: section.revision },
      });
      return { section, strategy };
    });
    return this.view(section, strategy);
  }

  /** A new revision of the text, also written when an accepted proposal's text is applied. */
  async writeRevision(
    manager: EntityManager,
    section: SectionEntity,
    text: SectionText,
    authorId: string,
    creditedOrganisationId: string | null,
  ): Promise<SectionEntity> {
    const revision = section.revision + 1;
    await manager.update(SectionEntity, { id: section.id }, { ...text, revision, position: section.position });
    await manager.insert(SectionRevisionEntity, { sectionId: section.id, revision, ...text, authorId, creditedOrganisationId });
    return manager.findOneByOrFail(SectionEntity, { id: section.id });
  }

  async listRevisions(caller: AuthUser, id: string): Promise<SectionRevision[]> {
    await this.visible(caller, id);
    const rows = await this.revisions.find({ where: { sectionId: id }, relations: { author: true }, order: { revision: 'ASC' } });
    return rows.map((r) => ({
      revision: r.revision,
      heading: r.heading,
      body: r.body,
      theme: r.theme,
      authorId: r.authorId,
      authorName: r.author?.name ?? '',
      creditedOrganisationId: r.creditedOrganisationId,
      createdAt: r.createdAt.toISOString(),
    }));
  }

  async diff(caller: AuthUser, id: string, from: number, to: number): Promise<SectionDiff> {
    await this.visible(caller, id);
    const [a, b] = await Promise.all([
      this.revisions.findOneBy({ sectionId: id, revision: from }),
      this.revisions.findOneBy({ sectionId: id, revision: to }),
    ]);
    if (!a || !b) throw AppError.notFound('That revision');
    return { from, to, changes: wordDiff(`${a.heading}\n\n${a.body}`, `${b.heading}\n\n${b.body}`) };
  }

  private async move(manager: EntityManager, section: SectionEntity, wanted: number): Promise<void> {
    const count = await manager.count(SectionEntity, { where: { strategyId: section.strategyId } });
    const to = Math.min(wanted, count);
    const from = section.position;
    if (to === from) return;
    const [low, high, shift] = to < from ? [to, from - 1, 1] : [from + 1, to, -1];
    await manager.query(`UPDATE sections SET position = position + $4 WHERE strategy_id = $1 AND position BETWEEN $2 AND $3`, [
      section.strategyId,
      low,
      high,
      shift,
    ]);
    section.position = to;
  }

  assertEditable(strategy: StrategyEntity): void {
    if (textFrozen(strategy.status)) throw new AppError('TEXT_FROZEN', `The strategy is ${strategy.status}: its text no longer changes`);
  }

  private async view(section: SectionEntity, strategy: StrategyEntity): Promise<Section> {
    const [view] = await this.views.of([section], strategy.approvalRule);
    return view!;
  }
}
