import { Injectable } from '@nestjs/common';
import type { Locale } from '@belong/contracts';
import { Transactions } from '../../infra/database/transactions';
import { SectionTranslationEntity } from './section-translation.entity';

export type TranslationRecord = SectionTranslationEntity;

/**
 * The table is keyed by (section, language), not by an `id`, so this does not extend `EntityRepository`
 * (whose reads and locks are by id), as with approvals and memberships. A translation needs no lock of its
 * own: its writers hold the strategy's and the section's.
 */
@Injectable()
export class TranslationsRepository {
  constructor(private readonly tx: Transactions) {}

  private get rows() {
    return this.tx.manager().getRepository(SectionTranslationEntity);
  }

  find(sectionId: string, language: Locale): Promise<TranslationRecord | null> {
    return this.rows.findOneBy({ sectionId, language });
  }

  /** By language code. */
  ofSection(sectionId: string): Promise<TranslationRecord[]> {
    return this.rows.find({ where: { sectionId }, order: { language: 'ASC' } });
  }

  /** The translations into `language` of any number of sections: one query. */
  inLanguage(sectionIds: readonly string[], language: Locale): Promise<TranslationRecord[]> {
    if (sectionIds.length === 0) return Promise.resolve([]);
    return this.rows
      .createQueryBuilder('t')
      .where('t.sectionId IN (:...sectionIds)', { sectionIds })
      .andWhere('t.language = :language', { language })
      .getMany();
  }

  /** Which sections are translated into which languages, from which text: one query for any number of sections. */
  sourcesOf(sectionIds: readonly string[]): Promise<Array<Pick<TranslationRecord, 'sectionId' | 'language' | 'sourceRevision'>>> {
    if (sectionIds.length === 0) return Promise.resolve([]);
    return this.rows
      .createQueryBuilder('t')
      .select(['t.sectionId', 't.language', 't.sourceRevision'])
      .where('t.sectionId IN (:...sectionIds)', { sectionIds })
      .orderBy('t.language')
      .getMany();
  }

  /** Writes the translation, new or replacing the one in that language; answers it and whether it is new. */
  async upsert(
    values: Pick<SectionTranslationEntity, 'sectionId' | 'language' | 'heading' | 'body' | 'sourceRevision' | 'updatedBy'>,
  ): Promise<{ translation: TranslationRecord; created: boolean }> {
    const [row] = await this.tx.manager().query<Array<{ created: boolean }>>(
      `INSERT INTO section_translations (section_id, language, heading, body, source_revision, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (section_id, language)
       DO UPDATE SET heading = EXCLUDED.heading, body = EXCLUDED.body, source_revision = EXCLUDED.source_revision,
                     updated_by = EXCLUDED.updated_by, updated_at = now()
       RETURNING (xmax = 0) AS created`,
      [values.sectionId, values.language, values.heading, values.body, values.sourceRevision, values.updatedBy],
    );
    const translation = await this.rows.findOneByOrFail({ sectionId: values.sectionId, language: values.language });
    return { translation, created: row?.created ?? false };
  }
}
