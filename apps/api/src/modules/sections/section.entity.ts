import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Theme } from '@belong/contracts';

@Entity('sections')
export class SectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'strategy_id', type: 'uuid' })
  strategyId!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  heading!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  theme!: Theme;

  @Column({ type: 'int' })
  revision!: number;

  /** The revision that brought the text as it is now; a later one only moved the section. */
  @Column({ name: 'text_revision', type: 'int' })
  textRevision!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
