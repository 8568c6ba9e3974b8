import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Locale } from '@belong/contracts';

/** A section's text in another language; one per section and language. */
@Entity('section_translations')
export class SectionTranslationEntity {
  @PrimaryColumn({ name: 'section_id', type: 'uuid' })
  sectionId!: string;

  @PrimaryColumn({ type: 'text' })
  language!: Locale;

  @Column({ type: 'text' })
  heading!: string;

  @Column({ type: 'text' })
  body!: string;

  /** The section's `text_revision` this translation was made from. */
  @Column({ name: 'source_revision', type: 'int' })
  sourceRevision!: number;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy!: string;
}
