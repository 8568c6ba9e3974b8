import {
  commentActions,
  platformActions,
  proposalActions,
  recommendationActions,
  regionActions,
  sectionActions,
  strategyActions,
  type ProposalStatus,
  type StrategyStatus,
} from '@belong/contracts';

/** What the policy needs to know of a strategy: whose it is and where it stands. */
export interface StrategyFacts {
  id: string;
  regionId: string;
  status: StrategyStatus;
}

export interface PlatformResource {
  type: 'platform';
}

export interface RegionResource {
  type: 'region';
  id: string;
}

export interface StrategyResource extends StrategyFacts {
  type: 'strategy';
}

export interface SectionResource {
  type: 'section';
  strategy: StrategyFacts;
}

export interface ProposalResource {
  type: 'proposal';
  regionId: string;
  status: ProposalStatus;
  authorId: string;
  organisationId: string | null;
  /** The organisations that endorse it. */
  endorsedBy: readonly string[];
}

export interface CommentResource {
  type: 'comment';
  strategy: StrategyFacts;
  authorId: string;
  /** Replies to it, and whether a recommendation names it as a source: it then stays as written. */
  replies: number;
  isSource: boolean;
}

export interface RecommendationResource {
  type: 'recommendation';
  strategy: StrategyFacts;
  status: 'draft' | 'submitted';
}

export type Resource =
  PlatformResource | RegionResource | StrategyResource | SectionResource | ProposalResource | CommentResource | RecommendationResource;

/**
 * Every action the policy decides, by the kind of resource it is taken on: reading, and the actions that a
 * response lists in `can` (their names are the contracts').
 */
export const actionsOn = {
  platform: platformActions,
  region: ['read', ...regionActions],
  strategy: ['read', ...strategyActions],
  section: ['read', ...sectionActions],
  proposal: ['read', ...proposalActions],
  comment: ['read', ...commentActions],
  recommendation: ['read', ...recommendationActions],
} as const satisfies Record<Resource['type'], readonly string[]>;

export type ActionOn<T extends Resource['type']> = (typeof actionsOn)[T][number];
export type ResourceOf<T extends Resource['type']> = Extract<Resource, { type: T }>;
