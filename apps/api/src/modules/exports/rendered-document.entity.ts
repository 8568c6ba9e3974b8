import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A submitted version laid out once, kept so that the next download of it is a read. Its key is the version's
 * checksum, the format and the language; `inputs` is a digest of everything else the layout read (the
 * authority's answers, the translation, the layout code), and a kept document counts only while it matches.
 */
@Entity('rendered_documents')
export class RenderedDocumentEntity {
  @PrimaryColumn({ type: 'text' })
  checksum!: string;

  @PrimaryColumn({ type: 'text' })
  format!: string;

  @PrimaryColumn({ type: 'text' })
  language!: string;

  @Column({ type: 'text' })
  inputs!: string;

  @Column({ type: 'bytea' })
  body!: Buffer;

  @Column({ name: 'rendered_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  renderedAt!: Date;
}
