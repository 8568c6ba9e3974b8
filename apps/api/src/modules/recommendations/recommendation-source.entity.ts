import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A proposal or a comment a recommendation was built from. */
@Entity('recommendation_sources')
export class RecommendationSourceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'recommendation_id', type: 'uuid' })
  recommendationId!: string;

  @Column({ name: 'proposal_id', type: 'uuid', nullable: true })
  proposalId!: string | null;

  @Column({ name: 'comment_id', type: 'uuid', nullable: true })
  commentId!: string | null;
}
