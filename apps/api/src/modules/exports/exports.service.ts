import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { In, type DataSource } from 'typeorm';
import { strategyDocument, type DocumentAnswer, type ExportQuery, type StrategyDocument } from '@belong/contracts';
import type { AuthUser } from '../../infra/auth/auth-user';
import { canonicalJson } from '../../infra/canonical-json';
import { RecommendationResponseEntity } from '../recommendations/recommendation-response.entity';
import { StrategyAccess } from '../strategies/strategy-access.service';
import { StrategyDocumentBuilder } from '../strategies/strategy-document.builder';
import { StrategyEntity } from '../strategies/strategy.entity';
import { sha256, StrategyVersions } from '../strategies/strategy-versions.service';
import { ExportSlots } from './export-slots';
import { exportRenderers } from './renderers';
import { labelsFor } from './labels';

export interface ExportFile {
  filename: string;
  contentType: string;
  checksum: string;
  body: Readable;
}

@Injectable()
export class ExportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: StrategyAccess,
    private readonly versions: StrategyVersions,
    private readonly documents: StrategyDocumentBuilder,
    private readonly slots: ExportSlots,
  ) {}

  /**
   * A submitted version, exactly as frozen (its JSON byte for byte), or the working draft as it stands. The
   * human-readable formats add the authority's answers given since.
   */
  async export(caller: AuthUser, strategyId: string, { format, version }: ExportQuery, signal?: AbortSignal): Promise<ExportFile> {
    const strategy = await this.access.visible(caller, strategyId);
    const { json, checksum } = version
      ? await this.versions.stored(strategyId, version).then((v) => ({ json: v.content, checksum: v.checksum }))
      : await this.draft(strategyId);
    const doc = strategyDocument.parse(JSON.parse(json));
    const renderer = exportRenderers[format];
    const render = async () =>
      format === 'json'
        ? Readable.from([Buffer.from(json)])
        : renderer.render(doc, await this.answers(doc), checksum, labelsFor(strategy.language));
    const body = renderer.waitsForSlot ? await this.inTurn(signal, render) : await render();
    return {
      filename: `${slug(`${doc.region.code} ${doc.strategy.title}`)}-${version ? `v${version}` : 'draft'}.${renderer.extension}`,
      contentType: renderer.contentType,
      checksum,
      body,
    };
  }

  /** Lays the document out in a slot of its own, held until the file has been sent or the download dropped. */
  private async inTurn(signal: AbortSignal | undefined, render: () => Promise<Readable>): Promise<Readable> {
    const release = await this.slots.acquire(signal);
    try {
      const body = await render();
      // Also when the download is dropped: Nest destroys the stream then.
      body.once('close', release);
      return body;
    } catch (error) {
      release();
      throw error;
    }
  }

  /** The working draft, read in one snapshot so that its parts agree with each other. */
  private async draft(strategyId: string): Promise<{ json: string; checksum: string }> {
    const json = await this.db.transaction('REPEATABLE READ', async (manager) =>
      canonicalJson(await this.documents.build(manager, await manager.findOneByOrFail(StrategyEntity, { id: strategyId }), null)),
    );
    return { json, checksum: sha256(json) };
  }

  private async answers(doc: StrategyDocument): Promise<DocumentAnswer[]> {
    const ids = doc.recommendations.map((r) => r.id);
    if (ids.length === 0) return [];
    const rows = await this.db.getRepository(RecommendationResponseEntity).findBy({ recommendationId: In(ids) });
    return rows.map((r) => ({
      recommendationId: r.recommendationId,
      decision: r.decision,
      answer: r.answer,
      department: r.department,
      dueDate: r.dueDate,
      at: r.createdAt.toISOString(),
    }));
  }
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}
