import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Disclosure } from '../../../components/ui/disclosure';
import { PagedList } from '../../../components/ui/paged-list';
import { useStrategies } from '../../../features/strategies/api/get-strategies';
import { CreateStrategyForm } from '../../../features/strategies/components/create-strategy-form';
import { StrategiesTable } from '../../../features/strategies/components/strategies-table';

interface StrategiesSectionProps {
  regionId: string;
  defaultLanguage: string;
  /** The API lets the caller start a strategy here. */
  canCreate: boolean;
}

/** The region's strategies (drafts only for its coordinators); a coordinator starts one here. */
export function StrategiesSection({ regionId, defaultLanguage, canCreate }: StrategiesSectionProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const strategies = useStrategies(regionId);
  return (
    <section aria-labelledby="strategies-title" className="section">
      <h2 id="strategies-title">{t('strategies.sectionTitle')}</h2>
      <PagedList query={strategies} empty={t('strategies.empty')}>
        {(items) => <StrategiesTable strategies={items} />}
      </PagedList>
      {canCreate && (
        <Disclosure label={t('strategies.createTitle')}>
          {() => (
            <CreateStrategyForm
              regionId={regionId}
              defaultLanguage={defaultLanguage}
              onCreated={(strategy) => void navigate(`/strategies/${strategy.id}`)}
            />
          )}
        </Disclosure>
      )}
    </section>
  );
}
