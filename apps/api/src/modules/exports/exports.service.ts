import { Injectable } from '@nestjs/common';
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
import { fileTypes, type LaidOutFormat } from './file-types';
import { labelsFor, type DocumentLabels } from './labels';
import { layoutEdition } from './layout-edition';
import { renderMarkdown } from './render-markdown';
import { RenderPool } from './render-pool';
import type { LayoutTask } from './render-worker';
import { RenderedDocumentsRepository } from './rendered-documents.repository';

export interface ExportFile {
  filename: string;
  contentType: string;
  checksum: string;
  body: Buffer;
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
    private readonly pool: RenderPool,
    private readonly rendered: RenderedDocumentsRepository,
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
    const body =
      format === 'json'
        ? Buffer.from(json)
        : format === 'md'
          ? Buffer.from(renderMarkdown(doc, await this.answers(doc), checksum, labels))
          : await this.laidOut(format, { doc, checksum, labels, frozen: version !== undefined }, signal);
    const edition = `${version ? `v${version}` : 'draft'}${translation ? `-${translation}` : ''}`;
    return {
      filename: `${slug(`${doc.region.code} ${doc.strategy.title}`)}-${edition}.${fileTypes[format].extension}`,
      contentType: fileTypes[format].contentType,
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

  /**
   * A PDF or DOCX, laid out in a worker thread once it is this caller's turn. A submitted version's is kept,
   * so that the next download of it is a read, until something it shows (an answer, a translation) changes.
   */
  private async laidOut(
    format: LaidOutFormat,
    { doc, checksum, labels, frozen }: { doc: StrategyDocument; checksum: string; labels: DocumentLabels; frozen: boolean },
    signal?: AbortSignal,
  ): Promise<Buffer> {
    const task: LayoutTask = {
      format,
      doc,
      answers: await this.answers(doc),
      checksum,
      lang: labels.lang,
      translation: labels.translation,
    };
    if (!frozen) return this.inTurn(task, signal);
    const key = { checksum, format, language: labels.lang, inputs: inputsDigest(task) };
    const kept = await this.rendered.find(key);
    if (kept) return kept;
    const body = await this.inTurn(task, signal);
    await this.rendered.keep(key, body);
    return body;
  }

  /** Waits for a slot (see ExportSlots), holding it while a worker thread lays the document out. */
  private async inTurn(task: LayoutTask, signal?: AbortSignal): Promise<Buffer> {
    const release = await this.slots.acquire(signal);
    try {
      return await this.pool.layOut(task, signal);
    } finally {
      release();
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

/**
 * Everything a kept document was laid out from beyond the frozen version its checksum names: the answers given
 * since, the translation shown, and the layout code and words themselves.
 */
function inputsDigest({ doc, answers, translation }: LayoutTask): string {
  const shown = translation && {
    sections: doc.sections,
    untranslated: [...translation.untranslated].sort(),
    outdated: [...translation.outdated].sort(),
  };
  return sha256(canonicalJson({ answers, translation: shown, edition: layoutEdition() }));
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
