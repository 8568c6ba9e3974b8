import type { Strategy } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Table } from '../../../components/ui/table';
import { formatDateTime, languageName } from '../../../lib/display-names';
import { StrategyStatusBadge } from './strategy-status-badge';

export function StrategiesTable({ strategies }: { strategies: Strategy[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <Table
      caption={t('strategies.tableCaption')}
      rows={strategies}
      rowKey={(s) => s.id}
      columns={[
        {
          header: t('strategies.strategy'),
          cell: (s) => (
            <Link to={`/strategies/${s.id}`} lang={s.language}>
              {s.title}
            </Link>
          ),
        },
        { header: t('strategies.status'), cell: (s) => <StrategyStatusBadge status={s.status} /> },
        { header: t('strategies.language'), cell: (s) => languageName(s.language, language) },
        { header: t('strategies.updated'), cell: (s) => formatDateTime(s.updatedAt, language) },
      ]}
    />
  );
}
