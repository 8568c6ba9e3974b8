import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/ui/page-heading';
import { PagedList } from '../../components/ui/paged-list';
import { useRegions } from '../../features/regions/api/get-regions';
import { RegionsTable } from '../../features/regions/components/regions-table';

export function RegionsRoute() {
  const { t } = useTranslation();
  const regions = useRegions();
  return (
    <>
      <PageHeading>{t('regions.title')}</PageHeading>
      <p className="lead">{t('regions.intro')}</p>
      <PagedList query={regions} empty={t('regions.empty')}>
        {(items) => <RegionsTable regions={items} />}
      </PagedList>
    </>
  );
}
