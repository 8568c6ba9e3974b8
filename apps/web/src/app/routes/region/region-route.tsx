import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { Spinner } from '../../../components/ui/spinner';
import { useMe } from '../../../features/auth/api/get-me';
import { signInAddress } from '../../../features/auth/sign-in-address';
import { useOrganisations } from '../../../features/organisations/api/get-organisations';
import { useRegion } from '../../../features/regions/api/get-region';
import { RegionFacts } from '../../../features/regions/components/region-facts';
import { canManageRegion } from '../../../lib/authorization';
import { allItems } from '../../../lib/pagination';
import { UnavailablePage } from '../unavailable-page';
import { MembersSection } from './members-section';
import { OrganisationsSection } from './organisations-section';
import { StrategiesSection } from './strategies-section';
import { VersionsSection } from './versions-section';

export function RegionRoute() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  const location = useLocation();
  const region = useRegion(regionId);
  const me = useMe();
  const signedIn = Boolean(me.data);
  // Asked for by every signed-in person: the API, not this page, decides who may read them.
  const organisations = useOrganisations(regionId, { enabled: signedIn });
  const canManage = canManageRegion(me.data, regionId);

  if (region.isPending) return <Spinner label={t('common.loading')} />;
  if (region.isError) return <UnavailablePage title={t('region.unavailable')} notFound={t('region.notFound')} error={region.error} />;
  return (
    <>
      <PageHeading>{region.data.name}</PageHeading>
      <RegionFacts region={region.data} />
      {me.data === null && (
        <Alert tone="info">
          <Link to={signInAddress(location.pathname)}>{t('region.signInToSeeMore')}</Link>
        </Alert>
      )}
      {/* Members see the region's work; people of other regions its submitted and adopted strategies. */}
      {signedIn && <StrategiesSection regionId={regionId} defaultLanguage={region.data.languages[0] ?? ''} canManage={canManage} />}
      {signedIn && <VersionsSection regionId={regionId} />}
      {signedIn && <OrganisationsSection regionId={regionId} query={organisations} canManage={canManage} />}
      {signedIn && canManage && (
        <MembersSection
          regionId={regionId}
          regionName={region.data.name}
          organisations={allItems(organisations.data)}
          canCreateAccounts={Boolean(me.data?.isAdmin)}
        />
      )}
    </>
  );
}
