import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { EntityManager, Repository } from 'typeorm';
import type { List, RegionVersion, StrategyVersion } from '@belong/contracts';
import type { AuthUser } from '../../infra/auth/auth-user';
import { canonicalJson } from '../../infra/canonical-json';
import { RecommendationEntity } from '../recommendations/recommendation.entity';
import { AppError } from '../../infra/http/app-error';
import { RegionsService } from '../regions/regions.service';
import { StrategyAccess, visibleStatuses } from './strategy-access.service';
import { StrategyDocumentBuilder } from './strategy-document.builder';
import { StrategyVersionEntity } from './strategy-version.entity';
import { StrategyEntity } from './strategy.entity';

/** Submitting freezes the strategy as a numbered version: its canonical JSON and that JSON's SHA-256. */
@Injectable()
export class StrategyVersions {
  constructor(
    @InjectRepository(StrategyVersionEntity) private readonly versions: Repository<StrategyVersionEntity>,
    private readonly access: StrategyAccess,
    private readonly regions: RegionsService,
    private readonly documents: StrategyDocumentBuilder,
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

  /** Every submitted version of the region's strategies that the caller may see, newest first. */
  async listForRegion(caller: AuthUser, regionId: string): Promise<List<RegionVersion>> {
    await this.regions.get(regionId);
    const qb = this.versions
      .createQueryBuilder('v')
      .innerJoin(StrategyEntity, 's', 's.id = v.strategyId')
      .select([
        'v.strategyId AS "strategyId"',
        's.title AS "strategyTitle"',
        'v.version AS "version"',
        'v.submittedAt AS "submittedAt"',
        'v.checksum AS "checksum"',
      ])
      .where('s.regionId = :regionId', { regionId })
      .orderBy('v.submittedAt', 'DESC')
      .limit(200);
    const visible = visibleStatuses(caller, regionId);
    if (visible) qb.andWhere('s.status IN (:...visible)', { visible });
    const rows = await qb.getRawMany<{ strategyId: string; strategyTitle: string; version: number; submittedAt: Date; checksum: string }>();
    return { items: rows.map((r) => ({ ...r, submittedAt: new Date(r.submittedAt).toISOString() })), nextCursor: null };
  }

  /** In the submitting transaction: the text, the sign-off on every section, the recommendations with their sources. */
  async freeze(manager: EntityManager, strategy: StrategyEntity): Promise<StrategyVersionEntity> {
    const number = ((await manager.maximum(StrategyVersionEntity, 'version', { strategyId: strategy.id })) ?? 0) + 1;
    const submittedAt = new Date();
    const content = canonicalJson(await this.documents.build(manager, strategy, { number, submittedAt }));
    const frozen = manager.create(StrategyVersionEntity, {
      strategyId: strategy.id,
      version: number,
      submittedAt,
      checksum: sha256(content),
      content,
    });
    await manager.insert(StrategyVersionEntity, frozen);
    await manager.update(RecommendationEntity, { strategyId: strategy.id }, { status: 'submitted' });
    return frozen;
  }

  /** The stored version, or 404. */
  async stored(strategyId: string, version: number): Promise<StrategyVersionEntity> {
    const found = await this.versions.findOneBy({ strategyId, version });
    if (!found) throw AppError.notFound(`Version ${version}`);
    return found;
  }
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
