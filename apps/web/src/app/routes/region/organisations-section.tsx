import type { List, Organisation } from '@belong/contracts';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Disclosure } from '../../../components/ui/disclosure';
import { CreateOrganisationForm } from '../../../features/organisations/components/create-organisation-form';
import { OrganisationsList } from '../../../features/organisations/components/organisations-list';

interface OrganisationsSectionProps {
  regionId: string;
  query: UseInfiniteQueryResult<InfiniteData<List<Organisation>>>;
  canManage: boolean;
}

export function OrganisationsSection({ regionId, query, canManage }: OrganisationsSectionProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="organisations-title" className="section">
      <h2 id="organisations-title">{t('organisations.title')}</h2>
      <OrganisationsList query={query} />
      {canManage && <Disclosure label={t('organisations.addTitle')}>{() => <CreateOrganisationForm regionId={regionId} />}</Disclosure>}
    </section>
  );
}
