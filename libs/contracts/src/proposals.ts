import { z } from 'zod';
import { proposalAction } from './can';
import { id, listQuery, text, timestamp } from './common';
import { sectionBody, sectionDiff } from './sections';

export const proposalStatuses = ['submitted', 'under_review', 'accepted', 'partially_accepted', 'rejected', 'withdrawn'] as const;
export const proposalStatus = z.enum(proposalStatuses);
export type ProposalStatus = z.infer<typeof proposalStatus>;

export const createProposalRequest = z.strictObject({
  title: text(200),
  problem: text(5000),
  proposal: text(5000),
  strategyId: id.optional(),
  sectionId: id.optional(),
  /** A new text for the section, applied as a new revision when the proposal is accepted. */
  suggestedText: sectionBody.optional(),
  expectedImpact: text(2000).optional(),
  targetGroups: z.array(text(100)).max(20).optional(),
});
export type CreateProposalRequest = z.infer<typeof createProposalRequest>;

export const proposalTransitionRequest = z.strictObject({
  to: proposalStatus,
  answer: text(5000).optional(),
  applySuggestedText: z.boolean().optional(),
});
export type ProposalTransitionRequest = z.infer<typeof proposalTransitionRequest>;

export const proposalListQuery = listQuery.extend({
  status: proposalStatus.optional(),
  strategyId: id.optional(),
  /** `mine`: the proposals of the caller's organisation. */
  organisation: z.literal('mine').optional(),
});
export type ProposalListQuery = z.infer<typeof proposalListQuery>;

export const proposalParams = z.strictObject({ id });

export const proposal = z.object({
  id,
  regionId: id,
  strategyId: id.nullable(),
  sectionId: id.nullable(),
  organisationId: id.nullable(),
  organisationName: z.string().nullable(),
  authorId: id,
  authorName: z.string(),
  title: z.string(),
  problem: z.string(),
  proposal: z.string(),
  suggestedText: z.string().nullable(),
  expectedImpact: z.string().nullable(),
  targetGroups: z.array(z.string()),
  status: proposalStatus,
  answer: z.string().nullable(),
  revision: z.number().int(),
  endorsements: z.number().int(),
  /** The section revision the proposal was written against; behind the section's current one it is stale. */
  basedOnRevision: z.number().int().nullable(),
  stale: z.boolean(),
  /** Whether its suggested text was written into the section, and as which revision. */
  appliedRevision: z.number().int().nullable(),
  /** The organisations that endorse it, in the order they did. */
  endorsedBy: z.array(z.object({ organisationId: id, organisationName: z.string() })),
  createdAt: timestamp,
  updatedAt: timestamp,
  can: z.array(proposalAction),
});
export type Proposal = z.infer<typeof proposal>;

/**
 * What applying a proposal's suggested text would change, and whose approvals it would make stale: the
 * organisations whose decisions count on the section's current text.
 */
export const proposalDiff = sectionDiff.extend({
  lapsingApprovals: z.array(z.object({ organisationId: id, organisationName: z.string() })),
});
export type ProposalDiff = z.infer<typeof proposalDiff>;
