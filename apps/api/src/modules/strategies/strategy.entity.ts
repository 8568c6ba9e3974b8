import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ApprovalRule, StrategyStatus } from '@belong/contracts';

@Entity('strategies')
export class StrategyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  language!: string;

  @Column({ type: 'text' })
  status!: StrategyStatus;

  @Column({ type: 'int' })
  revision!: number;

  @Column({ name: 'approval_rule', type: 'jsonb' })
  approvalRule!: ApprovalRule;

  @Column({ name: 'status_note', type: 'text', nullable: true })
  statusNote!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
