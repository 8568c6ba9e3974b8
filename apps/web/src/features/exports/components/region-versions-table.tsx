import type { RegionVersion } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Table } from '../../../components/ui/table';
import { formatDateTime } from '../../../lib/display-names';

/** The region's submitted versions, each with its strategy, date and checksum, linked to its export page. */
export function RegionVersionsTable({ versions }: { versions: RegionVersion[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <Table
      caption={t('versions.regionCaption')}
      rows={versions}
      rowKey={(v) => `${v.strategyId}-${v.version}`}
      columns={[
        { header: t('versions.strategy'), cell: (v) => <Link to={`/strategies/${v.strategyId}/export`}>{v.strategyTitle}</Link> },
        { header: t('versions.version'), cell: (v) => v.version },
        { header: t('versions.submitted'), cell: (v) => formatDateTime(v.submittedAt, language) },
        { header: t('versions.checksum'), cell: (v) => <code className="checksum">{v.checksum}</code> },
      ]}
    />
  );
}
