import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { ResponseDecision } from '@belong/contracts';

/** The regional authority's answer to a recommendation. */
@Entity('recommendation_responses')
export class RecommendationResponseEntity {
  @PrimaryColumn({ name: 'recommendation_id', type: 'uuid' })
  recommendationId!: string;

  @Column({ type: 'text' })
  decision!: ResponseDecision;

  @Column({ type: 'text' })
  answer!: string;

  @Column({ type: 'text', nullable: true })
  department!: string | null;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ name: 'official_id', type: 'uuid' })
  officialId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
