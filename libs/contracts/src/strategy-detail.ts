import { z } from 'zod';
import { organisationType } from './organisations';
import { section } from './sections';
import { strategy, strategyStatus } from './strategies';

/** `GET /api/strategies/:id`: the strategy with its sections in order, each with its approval summary. */
export const strategyDetail = strategy.extend({
  sections: z.array(section),
  /** Where the coordinator may move the strategy next. */
  nextStatuses: z.array(strategyStatus),
});
export type StrategyDetail = z.infer<typeof strategyDetail>;

/** The members a 409 SECTIONS_NOT_APPROVED problem adds: the sections that block the submission. */
export const sectionsNotApprovedProblem = z.object({
  sections: z.array(
    z.object({
      id: z.uuid(),
      heading: z.string(),
      state: z.enum(['pending', 'approved', 'changes_requested']),
      approvals: z.number().int(),
      required: z.number().int(),
      missingTypes: z.array(organisationType),
    }),
  ),
});

/** The members a 409 TRANSITION_NOT_ALLOWED problem adds. */
export const transitionNotAllowedProblem = z.object({ from: z.string(), to: z.string(), allowed: z.array(z.string()) });

/** The member a 412 STALE_REVISION problem adds: the revision to base the next attempt on. */
export const staleRevisionProblem = z.object({ currentRevision: z.number().int() });

/** The members a 409 RECOMMENDATIONS_UNANSWERED problem adds. */
export const recommendationsUnansweredProblem = z.object({ recommendations: z.array(z.object({ id: z.uuid(), title: z.string() })) });
