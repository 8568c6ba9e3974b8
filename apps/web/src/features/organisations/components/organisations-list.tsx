import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { List, Organisation } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../../components/ui/paged-list';
import { Table } from '../../../components/ui/table';

type OrganisationsQuery = UseInfiniteQueryResult<InfiniteData<List<Organisation>>>;

export function OrganisationsList({ query }: { query: OrganisationsQuery }) {
  const { t } = useTranslation();
  return (
    <PagedList query={query} empty={t('organisations.empty')}>
      {(organisations) => (
        <Table
          caption={t('organisations.tableCaption')}
          rows={organisations}
          rowKey={(organisation) => organisation.id}
          columns={[
            { header: t('organisations.name'), cell: (o) => o.name },
            { header: t('organisations.type'), cell: (o) => t(`organisationTypes.${o.type}`) },
            {
              header: t('organisations.website'),
              cell: (o) => (o.website ? <a href={o.website}>{o.website}</a> : <span className="muted">{t('common.none')}</span>),
            },
          ]}
        />
      )}
    </PagedList>
  );
}
