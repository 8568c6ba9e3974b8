import { z } from 'zod';
import { calendarDate, id, text, timestamp } from './common';
import { organisationType } from './organisations';
import { proposalStatus } from './proposals';

export const recommendationStatuses = ['draft', 'submitted'] as const;
export const recommendationStatus = z.enum(recommendationStatuses);

export const responseDecisions = ['agreed', 'agreed_in_part', 'declined', 'further_study'] as const;
export const responseDecision = z.enum(responseDecisions);
export type ResponseDecision = z.infer<typeof responseDecision>;

export const createRecommendationRequest = z
  .strictObject({
    title: text(200),
    body: text(10_000),
    proposalIds: z.array(id).max(100),
    commentIds: z.array(id).max(100).optional(),
  })
  .refine((r) => r.proposalIds.length + (r.commentIds?.length ?? 0) > 0, {
    path: ['proposalIds'],
    message: 'Name at least one proposal or comment it comes from',
  });
export type CreateRecommendationRequest = z.infer<typeof createRecommendationRequest>;

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
});
export type Recommendation = z.infer<typeof recommendation>;

export const strategyVersion = z.object({ version: z.number().int(), submittedAt: timestamp, checksum: z.string() });
export type StrategyVersion = z.infer<typeof strategyVersion>;

/** A submitted version as the region's page lists it. */
export const regionVersion = strategyVersion.extend({ strategyId: id, strategyTitle: z.string() });
export type RegionVersion = z.infer<typeof regionVersion>;
