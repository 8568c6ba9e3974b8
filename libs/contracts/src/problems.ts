import { z } from 'zod';
import { problem } from './common';
import { errorStatus, type ErrorCode } from './errors';
import {
  approvalRuleUnmeetableProblem,
  recommendationsUnansweredProblem,
  sectionsNotApprovedProblem,
  staleRevisionProblem,
  transitionNotAllowedProblem,
} from './strategy-detail';

/**
 * The members a problem adds to the common ones, by its code: the one table the OpenAPI document and the
 * web app read them from. A code not listed adds nothing.
 */
export const problemExtensions = {
  STALE_REVISION: staleRevisionProblem,
  TRANSITION_NOT_ALLOWED: transitionNotAllowedProblem,
  SECTIONS_NOT_APPROVED: sectionsNotApprovedProblem,
  RECOMMENDATIONS_UNANSWERED: recommendationsUnansweredProblem,
  APPROVAL_RULE_UNMEETABLE: approvalRuleUnmeetableProblem,
} as const satisfies Partial<Record<ErrorCode, z.ZodObject>>;

/** The whole problem document a code answers with: its status and code fixed, its extensions required. */
export function problemOf(code: ErrorCode) {
  const extensions: z.ZodObject | undefined = (problemExtensions as Partial<Record<ErrorCode, z.ZodObject>>)[code];
  return problem.extend({ status: z.literal(errorStatus[code]), code: z.literal(code), ...extensions?.shape });
}
