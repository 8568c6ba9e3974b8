import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { List, ListQuery, RegionVersion, StrategyVersion } from '@belong/contracts';
import type { Caller } from '@belong/domain';
import { canonicalJson } from '../../infra/canonical-json';
import { AppError } from '../../infra/http/app-error';
import { decodeCursor, decodeNumberCursor, encodeCursor, pageByNumber } from '../../infra/http/pagination';
import { StrategiesService, type StrategyRecord } from '../strategies/strategies.service';
import { StrategyDocumentBuilder } from './strategy-document.builder';
import { VersionsRepository, type VersionRecord, type VersionSummary } from './versions.repository';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const asVersion = (v: VersionSummary): StrategyVersion => ({
  version: v.version,
  submittedAt: v.submittedAt.toISOString(),
  checksum: v.checksum,
});

/** Submitting freezes the strategy as a numbered version: its canonical JSON and that JSON's SHA-256. */
@Injectable()
export class VersionsService {
  constructor(
    private readonly versions: VersionsRepository,
    private readonly strategies: StrategiesService,
    private readonly documents: StrategyDocumentBuilder,
  ) {}

  /** Oldest first, a page at a time. */
  async list(caller: Caller, strategyId: string, query: ListQuery): Promise<List<StrategyVersion>> {
    await this.strategies.visible(caller, strategyId);
    const rows = await this.versions.pageOfStrategy(strategyId, query.limit + 1, decodeNumberCursor(query.cursor));
    const page = pageByNumber(rows, query.limit, (v) => v.version);
    return { items: page.items.map(asVersion), nextCursor: page.nextCursor };
  }

  /** Every submitted version of the region's strategies that the caller may see, newest first, a page at a time. */
  async listForRegion(caller: Caller, regionId: string, query: ListQuery): Promise<List<RegionVersion>> {
    const strategies = new Map((await this.strategies.visibleInRegion(caller, regionId)).map((s) => [s.id, s]));
    const before = query.cursor ? decodeCursor(query.cursor) : undefined;
    const rows = await this.versions.pageOfStrategies([...strategies.keys()], query.limit + 1, before);
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    return {
      items: items.map((v) => ({ ...asVersion(v), strategyId: v.strategyId, strategyTitle: strategies.get(v.strategyId)?.title ?? '' })),
      nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.submittedAt.toISOString(), id: last.strategyId }) : null,
    };
  }

  /** In the submitting transaction, with the strategy locked: the text, the sign-off, the recommendations with their sources. */
  async freeze(strategy: StrategyRecord): Promise<VersionRecord> {
    const number = await this.versions.next(strategy.id);
    const submittedAt = new Date();
    const content = canonicalJson(await this.documents.build(strategy, { number, submittedAt }));
    const frozen: VersionRecord = { strategyId: strategy.id, version: number, submittedAt, checksum: sha256(content), content };
    await this.versions.insert(frozen);
    return frozen;
  }

  /** The stored version, or 404. */
  async stored(strategyId: string, version: number): Promise<VersionRecord> {
    const found = await this.versions.find(strategyId, version);
    if (!found) throw AppError.notFound(`Version ${version}`);
    return found;
  }
}
