import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { PagedList } from '../../../components/ui/paged-list';
import { SelectField } from '../../../components/ui/select-field';
import { Spinner } from '../../../components/ui/spinner';
import { Table } from '../../../components/ui/table';
import { formatDateTime } from '../../../lib/display-names';
import { errorMessage } from '../../../lib/error-message';
import { useDiff } from '../api/get-diff';
import { useRevisions } from '../api/get-revisions';
import { WordDiffView } from './word-diff-view';

/** The two ends of a comparison, each with its own choice of revision. */
const compareEnds = ['from', 'to'] as const;

/** Every revision of the section, newest first, and the words that changed between any two of them. */
interface RevisionHistoryProps {
  sectionId: string;
  /** The section's current revision: every one from 1 to it can be compared. */
  latest: number;
  lang: string;
}

export function RevisionHistory({ sectionId, latest, lang }: RevisionHistoryProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const revisions = useRevisions(sectionId);
  return (
    <>
      <PagedList query={revisions} empty={t('revisions.onlyOne')}>
        {(list) => (
          <Table
            caption={t('revisions.tableCaption')}
            rows={list}
            rowKey={(r) => String(r.revision)}
            columns={[
              { header: t('revisions.revision'), cell: (r) => r.revision },
              { header: t('sections.heading'), cell: (r) => <span lang={lang}>{r.heading}</span> },
              {
                header: t('revisions.author'),
                cell: (r) =>
                  r.creditedOrganisationName
                    ? t('revisions.credited', { name: r.authorName, organisation: r.creditedOrganisationName })
                    : r.authorName,
              },
              { header: t('revisions.date'), cell: (r) => formatDateTime(r.createdAt, language) },
            ]}
          />
        )}
      </PagedList>
      {latest > 1 ? <CompareRevisions sectionId={sectionId} latest={latest} lang={lang} /> : <p>{t('revisions.onlyOne')}</p>}
    </>
  );
}

function CompareRevisions({ sectionId, latest, lang }: { sectionId: string; latest: number; lang: string }) {
  const { t } = useTranslation();
  // Until the person chooses, the latest change: the revision before the latest against the latest.
  const [chosen, setChosen] = useState<{ from: number; to: number } | null>(null);
  const { from, to } = chosen ?? { from: latest - 1, to: latest };
  const diff = useDiff(sectionId, from, to, { enabled: from !== to });
  const options = Array.from({ length: latest }, (_, i) => latest - i).map((revision) => ({
    value: String(revision),
    label: t('revisions.option', { revision }),
  }));

  return (
    <>
      <h3>{t('revisions.compareTitle')}</h3>
      <div className="compare-fields">
        {compareEnds.map((end) => (
          <SelectField
            key={end}
            id={`compare-${end}`}
            label={t(`revisions.${end}`)}
            value={String(end === 'from' ? from : to)}
            options={options}
            onChange={(event) => {
              setChosen({ from, to, [end]: Number(event.target.value) });
            }}
          />
        ))}
      </div>
      <section aria-labelledby="diff-title" aria-busy={diff.isFetching || undefined}>
        <h4 id="diff-title">{t('revisions.diffTitle', { from, to })}</h4>
        {from === to && <p>{t('revisions.sameRevision')}</p>}
        {from !== to && diff.isPending && <Spinner label={t('common.loading')} />}
        {from !== to && diff.isError && <Alert tone="error">{errorMessage(t, diff.error)}</Alert>}
        {from !== to && diff.data && <WordDiffView changes={diff.data.changes} lang={lang} />}
      </section>
    </>
  );
}
