import type { StrategyVersion } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Table } from '../../../components/ui/table';
import { formatDateTime } from '../../../lib/display-names';

/** The submitted versions with their dates and the SHA-256 checksum that identifies each one's text. */
export function VersionsTable({ versions }: { versions: StrategyVersion[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <Table
      caption={t('versions.caption')}
      rows={[...versions].reverse()}
      rowKey={(v) => String(v.version)}
      columns={[
        { header: t('versions.version'), cell: (v) => v.version },
        { header: t('versions.submitted'), cell: (v) => formatDateTime(v.submittedAt, language) },
        { header: t('versions.checksum'), cell: (v) => <code className="checksum">{v.checksum}</code> },
      ]}
    />
  );
}
