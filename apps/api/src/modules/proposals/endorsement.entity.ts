import { CreateDateColumn, Column, Entity, PrimaryColumn } from 'typeorm';

/** One organisation's support for another organisation's proposal. */
@Entity('endorsements')
export class EndorsementEntity {
  @PrimaryColumn({ name: 'proposal_id', type: 'uuid' })
  proposalId!: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
