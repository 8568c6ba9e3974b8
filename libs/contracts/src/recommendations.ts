import { z } from 'zod';
import { recommendationAction } from './can';
import { calendarDate, id, text, timestamp } from './common';
import { organisationType } from './organisations';
import { proposalStatus } from './proposals';

export const recommendationStatuses = ['draft', 'submitted'] as const;
export const recommendationStatus = z.enum(recommendationStatuses);

export const responseDecisions = ['agreed', 'agreed_in_part', 'declined', 'further_study'] as const;
export const responseDecision = z.enum(responseDecisions);
export type ResponseDecision = z.infer<typeof responseDecision>;

const recommendationFields = {
  title: text(200),
  body: text(10_000),
  proposalIds: z.array(id).max(100),
  commentIds: z.array(id).max(100).optional(),
};
const sourceNamed = {
  path: ['proposalIds'],
  message: 'Name at least one proposal or comment it comes from',
};

export const createRecommendationRequest = z
  .strictObject(recommendationFields)
  .refine((r) => r.proposalIds.length + (r.commentIds?.length ?? 0) > 0, sourceNamed);
export type CreateRecommendationRequest = z.infer<typeof createRecommendationRequest>;

/** Reword a draft recommendation or change its sources (coordinators, before it goes to the authority). */
export const updateRecommendationRequest = z
  .strictObject({
    title: recommendationFields.title.optional(),
    body: recommendationFields.body.optional(),
    proposalIds: recommendationFields.proposalIds.optional(),
    commentIds: recommendationFields.commentIds,
  })
  .refine((r) => r.proposalIds === undefined || r.proposalIds.length + (r.commentIds?.length ?? 0) > 0, sourceNamed);
export type UpdateRecommendationRequest = z.infer<typeof updateRecommendationRequest>;

export const recommendationResponseRequest = z.strictObject({
  decision: responseDecision,
  answer: text(5000),
  department: text(200).optional(),
  dueDate: calendarDate.optional(),
});
export type RecommendationResponseRequest = z.infer<typeof recommendationResponseRequest>;

export const recommendationParams = z.strictObject({ id });

export const recommendationSourceProposal = z.object({
  id,
  title: z.string(),
  status: proposalStatus,
  organisationId: id.nullable(),
  organisationName: z.string().nullable(),
  organisationType: organisationType.nullable(),
});
export const recommendationSourceComment = z.object({
  id,
  sectionId: id,
  body: z.string(),
  authorName: z.string(),
  organisationName: z.string().nullable(),
});

export const recommendationResponse = z.object({
  decision: responseDecision,
  answer: z.string(),
  department: z.string().nullable(),
  dueDate: z.string().nullable(),
  officialId: id,
  officialName: z.string(),
  createdAt: timestamp,
});

export const recommendation = z.object({
  id,
  strategyId: id,
  regionId: id,
  title: z.string(),
  body: z.string(),
  status: recommendationStatus,
  sources: z.object({ proposals: z.array(recommendationSourceProposal), comments: z.array(recommendationSourceComment) }),
  response: recommendationResponse.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  can: z.array(recommendationAction),
});
export type Recommendation = z.infer<typeof recommendation>;

export const strategyVersion = z.object({ version: z.number().int(), submittedAt: timestamp, checksum: z.string() });
export type StrategyVersion = z.infer<typeof strategyVersion>;

/** A submitted version as the region's page lists it. */
export const regionVersion = strategyVersion.extend({ strategyId: id, strategyTitle: z.string() });
export type RegionVersion = z.infer<typeof regionVersion>;
