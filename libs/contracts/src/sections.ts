import { z } from 'zod';
import { sectionAction } from './can';
import { id, positiveInt, positiveIntQuery, text, timestamp } from './common';
import { organisationType } from './organisations';
import { theme } from './strategies';

export const approvalStates = ['pending', 'approved', 'changes_requested'] as const;
export const approvalState = z.enum(approvalStates);

export const approvalSummary = z.object({
  state: approvalState,
  approvals: z.number().int(),
  required: z.number().int(),
  missingTypes: z.array(organisationType),
});
export type ApprovalSummaryDto = z.infer<typeof approvalSummary>;

/** Section text is Markdown. */
export const sectionBody = z.string().max(50_000);

export const createSectionRequest = z.strictObject({
  heading: text(300),
  body: sectionBody,
  theme,
  position: positiveInt().optional(),
});
export type CreateSectionRequest = z.infer<typeof createSectionRequest>;

export const updateSectionRequest = z.strictObject({
  heading: text(300).optional(),
  body: sectionBody.optional(),
  theme: theme.optional(),
  /** Moves the section; the others shift. Not a new revision of its text. */
  position: positiveInt().optional(),
});
export type UpdateSectionRequest = z.infer<typeof updateSectionRequest>;

export const sectionParams = z.strictObject({ id });

export const section = z.object({
  id,
  strategyId: id,
  position: z.number().int(),
  heading: z.string(),
  body: z.string(),
  theme,
  revision: z.number().int(),
  approval: approvalSummary,
  /** Open comment threads (replies are part of their thread). */
  openComments: z.number().int(),
  updatedAt: timestamp,
  can: z.array(sectionAction),
});
export type Section = z.infer<typeof section>;

export const sectionRevision = z.object({
  revision: z.number().int(),
  heading: z.string(),
  body: z.string(),
  theme,
  authorId: id,
  authorName: z.string(),
  creditedOrganisationId: id.nullable(),
  /** The organisation whose accepted proposal brought this text, when one did. */
  creditedOrganisationName: z.string().nullable(),
  createdAt: timestamp,
});
export type SectionRevision = z.infer<typeof sectionRevision>;

export const diffQuery = z.strictObject({ from: positiveIntQuery(), to: positiveIntQuery() });
export const sectionDiff = z.object({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() })),
});
export type SectionDiff = z.infer<typeof sectionDiff>;
