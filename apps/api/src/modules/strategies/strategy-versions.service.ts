import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { EntityManager, Repository } from 'typeorm';
import type { StrategyVersion } from '@belong/contracts';
import { currentDecisions } from '@belong/domain';
import type { AuthUser } from '../../infra/auth/auth-user';
import { canonicalJson } from '../../infra/canonical-json';
import { ApprovalEntity } from '../approvals/approval.entity';
import { RecommendationEntity } from '../recommendations/recommendation.entity';
import { RecommendationViews } from '../recommendations/recommendation-views.service';
import { RegionEntity } from '../regions/region.entity';
import { SectionEntity } from '../sections/section.entity';
import { StrategyAccess } from './strategy-access.service';
import { StrategyVersionEntity } from './strategy-version.entity';
import type { StrategyEntity } from './strategy.entity';

/** Submitting freezes the strategy as a numbered version: its canonical JSON and that JSON's SHA-256. */
@Injectable()
export class StrategyVersions {
  constructor(
    @InjectRepository(StrategyVersionEntity) private readonly versions: Repository<StrategyVersionEntity>,
    private readonly access: StrategyAccess,
    private readonly recommendationViews: RecommendationViews,
  ) {}

  async list(caller: AuthUser, strategyId: string): Promise<StrategyVersion[]> {
    await this.access.visible(caller, strategyId);
    const rows = await this.versions.find({
      select: { version: true, submittedAt: true, checksum: true },
      where: { strategyId },
      order: { version: 'ASC' },
    });
    return rows.map((v) => ({ version: v.version, submittedAt: v.submittedAt.toISOString(), checksum: v.checksum }));
  }

  /** In the submitting transaction: the text, the sign-off on every section, the recommendations with their sources. */
  async freeze(manager: EntityManager, strategy: StrategyEntity): Promise<StrategyVersionEntity> {
    const version = ((await manager.maximum(StrategyVersionEntity, 'version', { strategyId: strategy.id })) ?? 0) + 1;
    const submittedAt = new Date();
    const region = await manager.findOneByOrFail(RegionEntity, { id: strategy.regionId });
    const sections = await manager.find(SectionEntity, { where: { strategyId: strategy.id }, order: { position: 'ASC' } });
    const approvals = await manager
      .getRepository(ApprovalEntity)
      .createQueryBuilder('a')
      .innerJoinAndSelect('a.organisation', 'o')
      .innerJoin(SectionEntity, 's', 's.id = a.sectionId')
      .where('s.strategyId = :strategyId', { strategyId: strategy.id })
      .getMany();
    const recommendations = await manager.find(RecommendationEntity, {
      where: { strategyId: strategy.id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const content = canonicalJson({
      version,
      submittedAt: submittedAt.toISOString(),
      region: { id: region.id, code: region.code, name: region.name, country: region.country, authority: region.authority },
      strategy: { id: strategy.id, title: strategy.title, language: strategy.language, approvalRule: strategy.approvalRule },
      sections: sections.map((s) => {
        const own = approvals.filter((a) => a.sectionId === s.id);
        const current = new Set(
          currentDecisions(
            own.map((a) => ({
              organisationId: a.organisationId,
              organisationType: a.organisation!.type,
              decision: a.decision,
              revision: a.revision,
              at: a.createdAt,
            })),
            s.revision,
          ).map((d) => d.organisationId),
        );
        return {
          id: s.id,
          position: s.position,
          heading: s.heading,
          body: s.body,
          theme: s.theme,
          revision: s.revision,
          signOff: own
            .filter((a) => a.revision === s.revision && current.has(a.organisationId))
            .map((a) => ({
              organisation: a.organisation!.name,
              type: a.organisation!.type,
              decision: a.decision,
              note: a.note,
              revision: a.revision,
              at: a.createdAt.toISOString(),
            })),
        };
      }),
      recommendations: (await this.recommendationViews.of(recommendations, strategy.regionId)).map((r) => ({
        id: r.id,
        title: r.title,
        body: r.body,
        sources: r.sources,
      })),
    });
    const frozen = manager.create(StrategyVersionEntity, {
      strategyId: strategy.id,
      version,
      submittedAt,
      checksum: createHash('sha256').update(content).digest('hex'),
      content,
    });
    await manager.insert(StrategyVersionEntity, frozen);
    await manager.update(RecommendationEntity, { strategyId: strategy.id }, { status: 'submitted' });
    return frozen;
  }
}
