import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ProposalStatus } from '@belong/contracts';

@Entity('proposals')
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId!: string;

  @Column({ name: 'strategy_id', type: 'uuid', nullable: true })
  strategyId!: string | null;

  @Column({ name: 'section_id', type: 'uuid', nullable: true })
  sectionId!: string | null;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  problem!: string;

  @Column({ type: 'text' })
  proposal!: string;

  @Column({ name: 'suggested_text', type: 'text', nullable: true })
  suggestedText!: string | null;

  @Column({ name: 'expected_impact', type: 'text', nullable: true })
  expectedImpact!: string | null;

  @Column({ name: 'target_groups', type: 'text', array: true })
  targetGroups!: string[];

  @Column({ type: 'text' })
  status!: ProposalStatus;

  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  @Column({ type: 'int' })
  revision!: number;

  @Column({ name: 'based_on_revision', type: 'int', nullable: true })
  basedOnRevision!: number | null;

  @Column({ name: 'applied_revision', type: 'int', nullable: true })
  appliedRevision!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
