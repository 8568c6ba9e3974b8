import { Injectable } from '@nestjs/common';
import type { Locale, Section, StrategyDetail, StrategyMove } from '@belong/contracts';
import { movesOpenTo, type Caller } from '@belong/domain';
import { RecommendationsService } from '../recommendations/recommendations.service';
import { SectionsService } from '../sections/sections.service';
import { toStrategy, type StrategyRecord } from '../strategies/strategies.service';
import { TranslationsService } from '../translations/translations.service';
import { SectionViews } from './section-views';

/** The sections that keep a strategy from being submitted: any not approved, or all of them when there are none. */
export function blockingSections(sections: readonly Section[]) {
  return sections
    .filter((s) => s.approval.state !== 'approved')
    .map((s) => ({
      id: s.id,
      heading: s.heading,
      state: s.approval.state,
      approvals: s.approval.approvals,
      required: s.approval.required,
      missingTypes: s.approval.missingTypes,
    }));
}

/** The strategy as its page shows it: its sections with their state, and the moves open to the caller with what blocks them. */
@Injectable()
export class StrategyViews {
  constructor(
    private readonly sections: SectionsService,
    private readonly sectionViews: SectionViews,
    private readonly recommendations: RecommendationsService,
    private readonly translations: TranslationsService,
  ) {}

  /**
   * In `language` (`?lang=`), each section that has a translation into it is shown in it, and says so; in the
   * strategy's own language, or without one, every section is shown as written.
   */
  async detail(caller: Caller, strategy: StrategyRecord, language?: Locale): Promise<StrategyDetail> {
    const rows = await this.sections.ofStrategy(strategy.id);
    const views = await this.sectionViews.of(caller, rows, strategy);
    const texts = views.map((view, i) => ({ view, textRevision: rows[i]!.textRevision }));
    const sections = await this.translations.shownIn(texts, language === strategy.language ? undefined : language);
    const translations = await this.translations.summaryOf(texts);
    const nextStatuses = movesOpenTo(caller, strategy);
    const unanswered = nextStatuses.includes('adopted') ? await this.recommendations.unanswered(strategy.id) : [];
    const moves = nextStatuses.map((to): StrategyMove => {
      const blocking = to === 'submitted' ? blockingSections(sections) : [];
      const waiting = to === 'adopted' ? unanswered : [];
      const blockedBy =
        to === 'submitted' && (sections.length === 0 || blocking.length > 0)
          ? 'SECTIONS_NOT_APPROVED'
          : waiting.length > 0
            ? 'RECOMMENDATIONS_UNANSWERED'
            : null;
      return { to, blockedBy, sections: blocking, recommendations: waiting };
    });
    return { ...toStrategy(strategy, caller), sections, nextStatuses, moves, translations };
  }
}
