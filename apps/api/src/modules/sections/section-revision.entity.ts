import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Theme } from '@belong/contracts';

/** Every revision of a section's text, kept for history and diffs. */
@Entity('section_revisions')
export class SectionRevisionEntity {
  @PrimaryColumn({ name: 'section_id', type: 'uuid' })
  sectionId!: string;

  @PrimaryColumn({ type: 'int' })
  revision!: number;

  @Column({ type: 'text' })
  heading!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  theme!: Theme;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Column({ name: 'credited_organisation_id', type: 'uuid', nullable: true })
  creditedOrganisationId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
