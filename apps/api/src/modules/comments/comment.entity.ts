import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TextQuoteDto } from '@belong/contracts';

@Entity('comments')
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'section_id', type: 'uuid' })
  sectionId!: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'jsonb', nullable: true })
  anchor!: TextQuoteDto | null;

  @Column({ type: 'int' })
  revision!: number;

  @Column({ type: 'text' })
  status!: 'open' | 'resolved';

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', precision: 3, nullable: true })
  editedAt!: Date | null;

  /** A recommendation names it as a source: it then stays as written. */
  @Column({ type: 'boolean', default: false })
  cited!: boolean;
}
