import { Injectable } from '@nestjs/common';
import type { Section, SectionDetail } from '@belong/contracts';
import { actionsOpen, type Caller } from '@belong/domain';
import { ApprovalsService } from '../approvals/approvals.service';
import { CommentsService } from '../comments/comments.service';
import { sectionResource, SectionsService, type SectionRecord } from '../sections/sections.service';
import type { StrategyRecord } from '../strategies/strategies.service';

/**
 * Sections as the API shows them: their text, the approval state of that text, their open comment threads
 * and what the caller may do with them. A fixed number of queries for any number of sections.
 */
@Injectable()
export class SectionViews {
  constructor(
    private readonly sections: SectionsService,
    private readonly approvals: ApprovalsService,
    private readonly comments: CommentsService,
  ) {}

  async of(caller: Caller, rows: SectionRecord[], strategy: StrategyRecord): Promise<Section[]> {
    if (rows.length === 0) return [];
    const [summaries, openThreads] = await Promise.all([
      this.approvals.summaries(rows, strategy.approvalRule),
      this.comments.openThreads(rows.map((s) => s.id)),
    ]);
    const can = actionsOpen(caller, sectionResource(strategy));
    return rows.map((s) => ({
      id: s.id,
      strategyId: s.strategyId,
      position: s.position,
      heading: s.heading,
      body: s.body,
      theme: s.theme,
      revision: s.revision,
      approval: summaries.get(s.id)!,
      openComments: openThreads.get(s.id) ?? 0,
      updatedAt: s.updatedAt.toISOString(),
      can,
    }));
  }

  /** One section with its place in the strategy: no other section's text is read. */
  async detail(caller: Caller, section: SectionRecord, strategy: StrategyRecord): Promise<SectionDetail> {
    const [[view], outline] = await Promise.all([this.of(caller, [section], strategy), this.sections.outlineOf(strategy.id)]);
    const at = outline.findIndex((s) => s.id === section.id);
    const neighbour = (i: number) => (outline[i] ? { id: outline[i].id, heading: outline[i].heading } : null);
    return {
      ...view!,
      strategy: {
        id: strategy.id,
        regionId: strategy.regionId,
        title: strategy.title,
        language: strategy.language as SectionDetail['strategy']['language'],
        status: strategy.status,
      },
      count: outline.length,
      previous: neighbour(at - 1),
      next: neighbour(at + 1),
    };
  }
}
