import { useTranslation } from 'react-i18next';
import { RegionVersionsTable } from '../../../features/exports/components/region-versions-table';
import { useRegionVersions } from '../../../features/strategies/api/get-region-versions';

/** What the region has handed to its authority so far: every submitted version, with date and checksum. */
export function VersionsSection({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const versions = useRegionVersions(regionId);
  if (!versions.data || versions.data.items.length === 0) return null;
  return (
    <section aria-labelledby="region-versions-title" className="section">
      <h2 id="region-versions-title">{t('versions.title')}</h2>
      <RegionVersionsTable versions={versions.data.items} />
    </section>
  );
}
