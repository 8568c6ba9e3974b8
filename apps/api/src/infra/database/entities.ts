import { ApprovalEntity } from '../../modules/approvals/approval.entity';
import { AuditEventEntity } from '../../modules/audit/audit-event.entity';
import { SessionEntity } from '../../modules/auth/session.entity';
import { CommentEntity } from '../../modules/comments/comment.entity';
import { MembershipEntity } from '../../modules/members/membership.entity';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity';
import { EndorsementEntity } from '../../modules/proposals/endorsement.entity';
import { ProposalEntity } from '../../modules/proposals/proposal.entity';
import { RecommendationResponseEntity } from '../../modules/recommendations/recommendation-response.entity';
import { RecommendationSourceEntity } from '../../modules/recommendations/recommendation-source.entity';
import { RecommendationEntity } from '../../modules/recommendations/recommendation.entity';
import { RegionEntity } from '../../modules/regions/region.entity';
import { SectionRevisionEntity } from '../../modules/sections/section-revision.entity';
import { SectionEntity } from '../../modules/sections/section.entity';
import { StrategyVersionEntity } from '../../modules/strategies/strategy-version.entity';
import { StrategyEntity } from '../../modules/strategies/strategy.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { IdempotencyKeyEntity } from '../http/idempotency/idempotency-key.entity';

export const entities = [
  UserEntity,
  SessionEntity,
  RegionEntity,
  OrganisationEntity,
  MembershipEntity,
  AuditEventEntity,
  IdempotencyKeyEntity,
  StrategyEntity,
  SectionEntity,
  SectionRevisionEntity,
  CommentEntity,
  ApprovalEntity,
  ProposalEntity,
  EndorsementEntity,
  RecommendationEntity,
  RecommendationSourceEntity,
  RecommendationResponseEntity,
  StrategyVersionEntity,
];
