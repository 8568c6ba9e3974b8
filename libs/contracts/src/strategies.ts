import { z } from 'zod';
import { strategyAction } from './can';
import { id, partnerLanguages, positiveInt, text, timestamp } from './common';
import { organisationType } from './organisations';

export const strategyStatuses = ['draft', 'consultation', 'consolidation', 'submitted', 'returned', 'adopted'] as const;
export const strategyStatus = z.enum(strategyStatuses);
export type StrategyStatus = z.infer<typeof strategyStatus>;

export const themes = [
  'employment',
  'education',
  'housing',
  'health',
  'language_learning',
  'civic_participation',
  'anti_discrimination',
  'social_cohesion',
  'reception_orientation',
  'governance',
] as const;
export const theme = z.enum(themes);
export type Theme = z.infer<typeof theme>;

/** How many distinct organisations must approve a section, and which types must be among them. */
export const approvalRule = z.strictObject({
  minOrganisations: positiveInt(50),
  requiredTypes: z
    .array(organisationType)
    .max(7)
    .refine((types) => new Set(types).size === types.length, 'Name each type once'),
});
export type ApprovalRule = z.infer<typeof approvalRule>;
export const defaultApprovalRule: ApprovalRule = { minOrganisations: 2, requiredTypes: [] };

/** A strategy is written in one of the partner languages. */
export const strategyLanguage = z.enum(partnerLanguages);

export const createStrategyRequest = z.strictObject({ title: text(200), language: strategyLanguage });
export type CreateStrategyRequest = z.infer<typeof createStrategyRequest>;

export const updateStrategyRequest = z.strictObject({ title: text(200).optional(), approvalRule: approvalRule.optional() });
export type UpdateStrategyRequest = z.infer<typeof updateStrategyRequest>;

export const strategyTransitionRequest = z.strictObject({
  to: strategyStatus,
  /** Why, e.g. when the authority returns the strategy for another round. */
  note: text(2000).optional(),
});
export type StrategyTransitionRequest = z.infer<typeof strategyTransitionRequest>;

export const strategyParams = z.strictObject({ id });

export const strategy = z.object({
  id,
  regionId: id,
  title: z.string(),
  language: strategyLanguage,
  status: strategyStatus,
  revision: z.number().int(),
  approvalRule,
  /** The note given with the last move, e.g. the authority's reasons for returning it. */
  statusNote: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  /** What the caller may do with it now. */
  can: z.array(strategyAction),
});
export type Strategy = z.infer<typeof strategy>;
