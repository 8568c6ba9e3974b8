import { Injectable } from '@nestjs/common';
import type {
  Locale,
  PutTranslationRequest,
  SectionTranslation,
  SectionTranslations,
  ShownTranslation,
  StrategyTranslations,
} from '@belong/contracts';
import type { Caller } from '@belong/domain';
import { Transactions } from '../../infra/database/transactions';
import { AppError } from '../../infra/http/app-error';
import { AuditService } from '../audit/audit.service';
import { SectionsService, type SectionRecord } from '../sections/sections.service';
import type { StrategyRecord } from '../strategies/strategies.service';
import { TranslationsRepository, type TranslationRecord } from './translations.repository';

type SectionText = Pick<SectionRecord, 'textRevision'>;

/** A section and the revision its text is at (a move is no new text). */
type TextOf<S> = { view: S; textRevision: number };

/** The section's text has a newer revision than the one translated (a move is no new text). */
const outdated = (t: Pick<TranslationRecord, 'sourceRevision'>, textRevision: number) => textRevision > t.sourceRevision;

function toTranslation(t: TranslationRecord, section: SectionText): SectionTranslation {
  return {
    language: t.language,
    heading: t.heading,
    body: t.body,
    sourceRevision: t.sourceRevision,
    outdated: outdated(t, section.textRevision),
    updatedAt: t.updatedAt.toISOString(),
  };
}

/** A translation is into another language than the strategy's: its own is the section itself. */
function assertOtherLanguage(strategy: StrategyRecord, language: Locale): void {
  if (language === strategy.language) {
    throw AppError.invalid('params.language', `The strategy is written in ${strategy.language}: translate it into another language`);
  }
}

/**
 * Sections in other languages. Translations are not part of the strategy's text: they do not change its
 * revisions or its sign-off, and the coordinators keep them up to date in every stage, after submission and
 * adoption too. Whoever may read a section reads its translations.
 */
@Injectable()
export class TranslationsService {
  constructor(
    private readonly translations: TranslationsRepository,
    private readonly tx: Transactions,
    private readonly sections: SectionsService,
    private readonly audit: AuditService,
  ) {}

  async get(caller: Caller, sectionId: string, language: Locale): Promise<SectionTranslation> {
    const { section } = await this.sections.visible(caller, sectionId);
    const found = await this.translations.find(sectionId, language);
    if (!found) throw AppError.notFound(`The section's translation into ${language}`);
    return toTranslation(found, section);
  }

  async list(caller: Caller, sectionId: string): Promise<SectionTranslations> {
    const { section } = await this.sections.visible(caller, sectionId);
    return { items: (await this.translations.ofSection(sectionId)).map((t) => toTranslation(t, section)), nextCursor: null };
  }

  /**
   * Writes the translation of the section's current text: load, lock (the strategy, then the section), check,
   * write. A translation that repeats the current one on the current text changes nothing and records nothing.
   */
  async put(caller: Caller, sectionId: string, language: Locale, input: PutTranslationRequest): Promise<SectionTranslation> {
    return this.tx.run(async () => {
      const { section, strategy } = await this.sections.lockedFor(caller, sectionId, 'translate');
      assertOtherLanguage(strategy, language);
      const current = await this.translations.find(sectionId, language);
      if (current && current.heading === input.heading && current.body === input.body && current.sourceRevision === section.textRevision) {
        return toTranslation(current, section);
      }
      const { translation, created } = await this.translations.upsert({
        sectionId,
        language,
        heading: input.heading,
        body: input.body,
        sourceRevision: section.textRevision,
        updatedBy: caller.userId,
      });
      await this.audit.record({
        actorId: caller.userId,
        regionId: strategy.regionId,
        action: created ? 'section.translated' : 'section.translation_updated',
        entityType: 'section',
        entityId: sectionId,
        data: { language, sourceRevision: section.textRevision },
      });
      return toTranslation(translation, section);
    });
  }

  /**
   * The text of each section in `language` where it has a translation, with what the page says about it: one
   * query for any number of sections. Sections without one keep their own text, and `translation: null`.
   */
  async shownIn<S extends { id: string; heading: string; body: string }>(
    sections: ReadonlyArray<TextOf<S>>,
    language: Locale | undefined,
  ): Promise<Array<S & { translation: ShownTranslation }>> {
    const ids = sections.map((s) => s.view.id);
    const rows = language === undefined ? [] : await this.translations.inLanguage(ids, language);
    const found = new Map(rows.map((t) => [t.sectionId, t]));
    return sections.map(({ view, textRevision }) => {
      const t = found.get(view.id);
      return t
        ? { ...view, heading: t.heading, body: t.body, translation: { language: t.language, outdated: outdated(t, textRevision) } }
        : { ...view, translation: null };
    });
  }

  /** The languages any of the sections are translated into, each with how many are and how many are outdated. */
  async summaryOf(sections: ReadonlyArray<TextOf<{ id: string }>>): Promise<StrategyTranslations> {
    const textRevision = new Map(sections.map((s) => [s.view.id, s.textRevision]));
    const summary = new Map<Locale, StrategyTranslations[number]>();
    for (const t of await this.translations.sourcesOf([...textRevision.keys()])) {
      const entry = summary.get(t.language) ?? { language: t.language, sections: 0, outdated: 0 };
      entry.sections += 1;
      if (outdated(t, textRevision.get(t.sectionId) ?? 0)) entry.outdated += 1;
      summary.set(t.language, entry);
    }
    return [...summary.values()];
  }

  /**
   * The sections of a document in `language`: the current translation of each section that has one, with
   * whether it is outdated; the others as they are. One query for the texts' revisions, one for the translations.
   */
  async ofDocument<S extends { id: string; heading: string; body: string }>(
    sections: readonly S[],
    language: Locale,
  ): Promise<Array<S & { translation: ShownTranslation }>> {
    const textRevision = new Map((await this.sections.findMany(sections.map((s) => s.id))).map((s) => [s.id, s.textRevision]));
    return this.shownIn(
      sections.map((view) => ({ view, textRevision: textRevision.get(view.id) ?? 0 })),
      language,
    );
  }
}
