import { z } from 'zod';
import { id } from './common';
import { organisationType } from './organisations';
import { section } from './sections';
import { strategy, strategyLanguage, strategyStatus } from './strategies';
import { shownTranslation, strategyTranslations } from './translations';

/** A section that keeps the strategy from being submitted, and why. */
export const blockingSection = z.object({
  id: z.uuid(),
  heading: z.string(),
  state: z.enum(['pending', 'approved', 'changes_requested']),
  approvals: z.number().int(),
  required: z.number().int(),
  missingTypes: z.array(organisationType),
});

/**
 * A move the caller may make, and what holds it back now: submitting needs every section approved, adopting
 * an answer to every recommendation. A blocked move is shown with its reasons, and not offered to confirm.
 */
export const strategyMove = z.object({
  to: strategyStatus,
  blockedBy: z.enum(['SECTIONS_NOT_APPROVED', 'RECOMMENDATIONS_UNANSWERED']).nullable(),
  sections: z.array(blockingSection),
  recommendations: z.array(z.object({ id, title: z.string() })),
});
export type StrategyMove = z.infer<typeof strategyMove>;

/** A section on the strategy page: in the language asked for (`?lang=`) where it has a translation in it. */
export const strategySection = section.extend({ translation: shownTranslation });
export type StrategySection = z.infer<typeof strategySection>;

/** `GET /api/strategies/:id`: the strategy with its sections in order, each with its approval summary. */
export const strategyDetail = strategy.extend({
  sections: z.array(strategySection),
  /** Where the caller may move the strategy next, as far as roles and the workflow go. */
  nextStatuses: z.array(strategyStatus),
  /** The same moves, each with what blocks it now. */
  moves: z.array(strategyMove),
  /** The languages its sections are translated into (what `?lang=` can show). */
  translations: strategyTranslations,
});
export type StrategyDetail = z.infer<typeof strategyDetail>;

/** `GET /api/sections/:id`: one section, where it stands in its strategy, and its neighbours. */
export const sectionDetail = section.extend({
  strategy: z.object({ id, regionId: id, title: z.string(), language: strategyLanguage, status: strategyStatus }),
  /** How many sections the strategy has. */
  count: z.number().int(),
  previous: z.object({ id, heading: z.string() }).nullable(),
  next: z.object({ id, heading: z.string() }).nullable(),
});
export type SectionDetail = z.infer<typeof sectionDetail>;

/** The members a 409 SECTIONS_NOT_APPROVED problem adds: the sections that block the submission. */
export const sectionsNotApprovedProblem = z.object({ sections: z.array(blockingSection) });

/** The members a 409 TRANSITION_NOT_ALLOWED problem adds. */
export const transitionNotAllowedProblem = z.object({ from: z.string(), to: z.string(), allowed: z.array(z.string()) });

/** The member a 412 STALE_REVISION problem adds: the revision to base the next attempt on. */
export const staleRevisionProblem = z.object({ currentRevision: z.number().int() });

/** The members a 409 RECOMMENDATIONS_UNANSWERED problem adds. */
export const recommendationsUnansweredProblem = z.object({ recommendations: z.array(z.object({ id: z.uuid(), title: z.string() })) });

/** The members a 409 APPROVAL_RULE_UNMEETABLE problem adds: what the region has, against what the rule asks. */
export const approvalRuleUnmeetableProblem = z.object({
  organisations: z.number().int(),
  minOrganisations: z.number().int(),
  missingTypes: z.array(organisationType),
});
