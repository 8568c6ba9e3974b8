import type { Region } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Table } from '../../../components/ui/table';
import { regionText } from './region-text';

export function RegionsTable({ regions }: { regions: Region[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <Table
      caption={t('regions.tableCaption')}
      rows={regions}
      rowKey={(region) => region.id}
      columns={[
        { header: t('regions.name'), cell: (region) => <Link to={`/regions/${region.id}`}>{region.name}</Link> },
        { header: t('regions.country'), cell: (region) => regionText(region, language).country },
        { header: t('regions.nuts'), cell: (region) => region.nuts },
        { header: t('regions.languages'), cell: (region) => regionText(region, language).languages },
        { header: t('regions.authority'), cell: (region) => region.authority },
      ]}
    />
  );
}
