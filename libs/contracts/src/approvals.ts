import { z } from 'zod';
import { id, text, timestamp } from './common';
import { organisationType } from './organisations';
import { approvalState } from './sections';

export const decisions = ['approve', 'request_changes'] as const;
export const decision = z.enum(decisions);

export const createApprovalRequest = z.strictObject({ decision, note: text(2000).optional() });
export type CreateApprovalRequest = z.infer<typeof createApprovalRequest>;

export const approvalItem = z.object({
  organisationId: id,
  organisationName: z.string(),
  organisationType,
  decision,
  note: z.string().nullable(),
  userId: id,
  userName: z.string(),
  revision: z.number().int(),
  /** Made on an earlier revision: on record, but it counts no more. */
  stale: z.boolean(),
  createdAt: timestamp,
});
export type ApprovalItem = z.infer<typeof approvalItem>;

/** What the caller's organisation decided last on the section, so that its signatory sees where it stands. */
export const ownDecision = approvalItem.pick({ decision: true, note: true, userName: true, revision: true, stale: true, createdAt: true });

/** `GET /api/sections/:id/approvals`: the state on the current text, and the decisions on record, newest first, a page at a time. */
export const sectionApprovals = z.object({
  revision: z.number().int(),
  state: approvalState,
  required: z.number().int(),
  approvals: z.number().int(),
  missingTypes: z.array(organisationType),
  items: z.array(approvalItem),
  nextCursor: z.string().nullable(),
  /** The caller's organisation's latest decision, for a signatory; null otherwise or when it has not decided. */
  mine: ownDecision.nullable(),
});
export type SectionApprovals = z.infer<typeof sectionApprovals>;
