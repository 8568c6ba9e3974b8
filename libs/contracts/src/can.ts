import { z } from 'zod';

/**
 * The actions a response lists in `can`: what the caller may do with that resource now. The policy in
 * libs/domain decides them (it adds `read`, which goes without saying); the web app shows exactly these.
 */
export const platformActions = ['createAccount', 'lookUpPeople', 'readOutbox'] as const;
export const regionActions = [
  'readMembers',
  'manageMembers',
  'readOrganisations',
  'manageOrganisations',
  'readAudit',
  'addStrategy',
  'readProposals',
  'propose',
  'reviewProposals',
] as const;
export const strategyActions = [
  'edit',
  'addSection',
  'comment',
  'approve',
  'propose',
  'recommend',
  'transition',
  'answer',
  'exportDraft',
  'translate',
] as const;
export const sectionActions = ['edit', 'comment', 'approve', 'propose', 'translate'] as const;
export const proposalActions = ['endorse', 'withdraw', 'review'] as const;
export const commentActions = ['edit', 'delete', 'resolve'] as const;
export const recommendationActions = ['edit', 'delete', 'answer'] as const;

export const platformAction = z.enum(platformActions);
export const regionAction = z.enum(regionActions);
export const strategyAction = z.enum(strategyActions);
export const sectionAction = z.enum(sectionActions);
export const proposalAction = z.enum(proposalActions);
export const commentAction = z.enum(commentActions);
export const recommendationAction = z.enum(recommendationActions);

export type RegionAction = z.infer<typeof regionAction>;
export type StrategyAction = z.infer<typeof strategyAction>;
