import { z } from 'zod';
import { id, locale, positiveIntQuery, timestamp } from './common';
import { organisationType } from './organisations';
import { proposalStatus } from './proposals';
import { responseDecision } from './recommendations';
import { approvalRule, strategyLanguage, theme } from './strategies';

/**
 * The consolidated strategy as open data: what a submitted version freezes (canonical JSON, SHA-256) and what
 * every export renders. The authority's answers come after submission, so they are not part of it.
 */
export const strategyDocument = z.object({
  format: z.literal('belong.strategy/1'),
  /** null for the working draft. */
  version: z.number().int().nullable(),
  submittedAt: timestamp.nullable(),
  region: z.object({ id, code: z.string(), name: z.string(), country: z.string(), authority: z.string() }),
  strategy: z.object({ id, title: z.string(), language: strategyLanguage, approvalRule }),
  sections: z.array(
    z.object({
      id,
      position: z.number().int(),
      heading: z.string(),
      body: z.string(),
      theme,
      revision: z.number().int(),
      /** Every decision on record: those on earlier revisions are `current: false` (a request for changes there was answered by a new text). */
      signOff: z.array(
        z.object({
          organisation: z.string(),
          organisationType,
          decision: z.enum(['approve', 'request_changes']),
          note: z.string().nullable(),
          revision: z.number().int(),
          current: z.boolean(),
          at: timestamp,
        }),
      ),
    }),
  ),
  recommendations: z.array(
    z.object({
      id,
      title: z.string(),
      body: z.string(),
      sources: z.object({
        proposals: z.array(
          z.object({
            id,
            title: z.string(),
            status: proposalStatus,
            organisation: z.string().nullable(),
            organisationType: organisationType.nullable(),
          }),
        ),
        comments: z.array(z.object({ id, sectionId: id, body: z.string(), author: z.string(), organisation: z.string().nullable() })),
      }),
    }),
  ),
  participation: z.object({
    byType: z.array(
      z.object({
        organisationType,
        organisations: z.number().int(),
        commented: z.number().int(),
        proposed: z.number().int(),
        endorsed: z.number().int(),
        approved: z.number().int(),
      }),
    ),
    proposals: z.object({
      accepted: z.number().int(),
      partiallyAccepted: z.number().int(),
      rejected: z.number().int(),
      open: z.number().int(),
      withdrawn: z.number().int(),
    }),
  }),
});
export type StrategyDocument = z.infer<typeof strategyDocument>;

/** The authority's answers, shown beside a version in the human-readable formats. */
export const documentAnswer = z.object({
  recommendationId: id,
  decision: responseDecision,
  answer: z.string(),
  department: z.string().nullable(),
  dueDate: z.string().nullable(),
  at: timestamp,
});
export type DocumentAnswer = z.infer<typeof documentAnswer>;

export const exportFormats = ['pdf', 'docx', 'md', 'json'] as const;
/**
 * `GET /api/strategies/:id/export`. With `lang`, the document is in that language: its labels, and each section
 * that has a translation into it (PDF, DOCX and Markdown; the JSON is the record as written).
 */
export const exportQuery = z.strictObject({
  format: z.enum(exportFormats),
  version: positiveIntQuery().optional(),
  lang: locale.optional(),
});
export type ExportQuery = z.infer<typeof exportQuery>;
