import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The text of a strategy as it was submitted: numbered, checksummed, never changed. */
@Entity('strategy_versions')
export class StrategyVersionEntity {
  @PrimaryColumn({ name: 'strategy_id', type: 'uuid' })
  strategyId!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  @Column({ name: 'submitted_at', type: 'timestamptz', precision: 3 })
  submittedAt!: Date;

  /** SHA-256 of `content`, hex. */
  @Column({ type: 'text' })
  checksum!: string;

  /** Canonical JSON (sorted keys, no white space). */
  @Column({ type: 'text' })
  content!: string;
}
