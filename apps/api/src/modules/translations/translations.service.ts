import { Injectable } from '@nestjs/common';
import type { Locale, PutTranslationRequest, SectionTranslation, SectionTranslations, ShownTranslation } from '@belong/contracts';
import type { Caller } from '@belong/domain';
import { Transactions } from '../../infra/database/transactions';
import { AppError } from '../../infra/http/app-error';
import { AuditService } from '../audit/audit.service';
import { SectionsService, type SectionRecord } from '../sections/sections.service';
import type { StrategyRecord } from '../strategies/strategies.service';
import { TranslationsRepository, type TranslationRecord } from './translations.repository';

type SectionText = Pick<SectionRecord, 'textRevision'>;

/** The section's text has a newer revision than the one translated (a move is no new text). */
const outdated = (t: TranslationRecord, textRevision: number) => textRevision > t.sourceRevision;

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
    sections: ReadonlyArray<{ view: S; textRevision: number }>,
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
}
