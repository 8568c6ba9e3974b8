import type { RegionAction } from '@belong/contracts';
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
import { allItems } from '../../../lib/pagination';
import { UnavailablePage } from '../unavailable-page';
import { MembersSection } from './members-section';
import { OrganisationsSection } from './organisations-section';
import { StrategiesSection } from './strategies-section';
import { VersionsSection } from './versions-section';

/**
 * A region: its facts for everyone; for a signed-in person, its strategies and versions they may read, and
 * the parts of its work the API says they may see or manage (`can`), nothing they would be refused.
 */
export function RegionRoute() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  const location = useLocation();
  const region = useRegion(regionId);
  const me = useMe();
  const signedIn = Boolean(me.data);
  const may = (action: RegionAction) => Boolean(region.data?.can.includes(action));
  const organisations = useOrganisations(regionId, { enabled: may('readOrganisations') });

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
      {signedIn && (
        <StrategiesSection regionId={regionId} defaultLanguage={region.data.languages[0] ?? ''} canCreate={may('addStrategy')} />
      )}
      {signedIn && <VersionsSection regionId={regionId} />}
      {may('readOrganisations') && (
        <OrganisationsSection regionId={regionId} query={organisations} canManage={may('manageOrganisations')} />
      )}
      {may('readMembers') && (
        <MembersSection
          regionId={regionId}
          regionName={region.data.name}
          organisations={allItems(organisations.data)}
          canAdd={may('manageMembers')}
          canCreateAccounts={Boolean(me.data?.can.includes('createAccount'))}
        />
      )}
    </>
  );
}
