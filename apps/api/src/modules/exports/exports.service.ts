import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { strategyDocument, type DocumentAnswer, type ExportQuery, type Locale, type StrategyDocument } from '@belong/contracts';
import { decide, type Caller } from '@belong/domain';
import { canonicalJson } from '../../infra/canonical-json';
import { Transactions } from '../../infra/database/transactions';
import { AppError } from '../../infra/http/app-error';
import { enforce } from '../../infra/http/enforce';
import { RecommendationsService } from '../recommendations/recommendations.service';
import { asResource, StrategiesService } from '../strategies/strategies.service';
import { TranslationsService } from '../translations/translations.service';
import { StrategyDocumentBuilder } from '../versions/strategy-document.builder';
import { sha256, VersionsService } from '../versions/versions.service';
import { ExportSlots } from './export-slots';
import { exportRenderers } from './renderers';
import { labelsFor, type DocumentLabels } from './labels';

export interface ExportFile {
  filename: string;
  contentType: string;
  checksum: string;
  body: Readable;
}

@Injectable()
export class ExportsService {
  constructor(
    private readonly tx: Transactions,
    private readonly strategies: StrategiesService,
    private readonly versions: VersionsService,
    private readonly documents: StrategyDocumentBuilder,
    private readonly recommendations: RecommendationsService,
    private readonly slots: ExportSlots,
    private readonly translations: TranslationsService,
  ) {}

  /**
   * A submitted version, exactly as frozen (its JSON byte for byte), or the working draft as it stands. The
   * human-readable formats add the authority's answers given since.
   */
  async export(caller: Caller, strategyId: string, { format, version, lang }: ExportQuery, signal?: AbortSignal): Promise<ExportFile> {
    const strategy = await this.strategies.visible(caller, strategyId);
    if (!version) enforce(decide(caller, 'exportDraft', asResource(strategy)), 'The strategy');
    const translation = lang !== undefined && lang !== strategy.language ? lang : undefined;
    if (translation && format === 'json') {
      throw AppError.invalid('query.lang', 'The JSON is the strategy as written: export a translation as PDF, DOCX or Markdown');
    }
    const { json, checksum } = version
      ? await this.versions.stored(strategyId, version).then((v) => ({ json: v.content, checksum: v.checksum }))
      : await this.draft(strategyId);
    const written = strategyDocument.parse(JSON.parse(json));
    const { doc, labels } = translation
      ? await this.translated(written, translation)
      : { doc: written, labels: labelsFor(strategy.language) };
    const renderer = exportRenderers[format];
    const render = async () =>
      format === 'json' ? Readable.from([Buffer.from(json)]) : renderer.render(doc, await this.answers(doc), checksum, labels);
    const body = renderer.waitsForSlot ? await this.inTurn(signal, render) : await render();
    const edition = `${version ? `v${version}` : 'draft'}${translation ? `-${translation}` : ''}`;
    return {
      filename: `${slug(`${doc.region.code} ${doc.strategy.title}`)}-${edition}.${renderer.extension}`,
      contentType: renderer.contentType,
      checksum,
      body,
    };
  }

  /**
   * The document in another language: each section in its current translation where it has one, the rest as
   * written, and the labels saying which sections are left untranslated or translated from an earlier text.
   */
  private async translated(doc: StrategyDocument, language: Locale): Promise<{ doc: StrategyDocument; labels: DocumentLabels }> {
    const shown = await this.translations.ofDocument(doc.sections, language);
    const untranslated = new Set(shown.filter((s) => s.translation === null).map((s) => s.id));
    const outdated = new Set(shown.filter((s) => s.translation?.outdated).map((s) => s.id));
    return {
      doc: { ...doc, sections: shown.map(({ translation: _shown, ...section }) => section) },
      labels: labelsFor(language, { source: doc.strategy.language, untranslated, outdated }),
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
    const json = await this.tx.run(
      async () => canonicalJson(await this.documents.build(await this.strategies.found(strategyId), null)),
      'REPEATABLE READ',
    );
    return { json, checksum: sha256(json) };
  }

  private async answers(doc: StrategyDocument): Promise<DocumentAnswer[]> {
    const ids = doc.recommendations.map((r) => r.id);
    return ids.length === 0 ? [] : this.recommendations.answers(ids);
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
