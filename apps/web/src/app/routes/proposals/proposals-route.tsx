import { proposalStatuses } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Disclosure } from '../../../components/ui/disclosure';
import { PagedList } from '../../../components/ui/paged-list';
import { Spinner } from '../../../components/ui/spinner';
import { useMe } from '../../../features/auth/api/get-me';
import { useProposals } from '../../../features/proposals/api/get-proposals';
import { CreateProposalForm } from '../../../features/proposals/components/create-proposal-form';
import { ProposalsList } from '../../../features/proposals/components/proposals-list';
import { useRegion } from '../../../features/regions/api/get-region';
import { useStrategy } from '../../../features/strategies/api/get-strategy';
import { StrategyPageHeader } from '../strategy/strategy-page-header';
import { UnavailablePage } from '../unavailable-page';
import { ReviewBoard } from './review-board';

/**
 * The strategy's proposals: stakeholders send one for their organisation and follow theirs; everyone reads
 * (and other organisations endorse) the rest; coordinators review them on a board by state.
 */
export function ProposalsRoute() {
  const { t } = useTranslation();
  const { strategyId = '' } = useParams();
  const navigate = useNavigate();
  const strategy = useStrategy(strategyId);
  const me = useMe();
  const regionId = strategy.data?.regionId ?? '';
  const region = useRegion(regionId, { enabled: Boolean(regionId) });
  // A stakeholder follows their own organisation's proposals: a fact of their membership, not a permission.
  const organisation = me.data?.memberships.find((m) => m.regionId === regionId)?.organisationId ?? null;
  const reviewer = Boolean(region.data?.can.includes('reviewProposals'));
  const mine = useProposals(regionId, { strategyId, mine: true }, { enabled: organisation !== null });
  const all = useProposals(regionId, { strategyId }, { enabled: Boolean(region.data) && !reviewer });

  if (strategy.isPending || (strategy.data && region.isPending)) return <Spinner label={t('common.loading')} />;
  if (strategy.isError)
    return <UnavailablePage title={t('strategy.unavailable')} notFound={t('strategy.notFound')} error={strategy.error} />;
  const s = strategy.data;

  return (
    <>
      <StrategyPageHeader strategy={s} title={t('proposals.title')} intro={t('proposals.intro')} />
      {s.can.includes('propose') && (
        <Disclosure label={t('proposals.formTitle')}>
          {() => <CreateProposalForm strategy={s} onCreated={(created) => void navigate(`/proposals/${created.id}`)} />}
        </Disclosure>
      )}
      {organisation !== null && (
        <section aria-labelledby="mine-title" className="section">
          <h2 id="mine-title">{t('proposals.mineTitle')}</h2>
          <PagedList query={mine} empty={t('proposals.mineEmpty')}>
            {(items) => <ProposalsList proposals={items} lang={s.language} label={t('proposals.mineTitle')} />}
          </PagedList>
        </section>
      )}
      {reviewer ? (
        <ReviewBoard regionId={s.regionId} strategyId={s.id} lang={s.language} statuses={proposalStatuses} />
      ) : (
        <section aria-labelledby="all-title" className="section">
          <h2 id="all-title">{t('proposals.allTitle')}</h2>
          <PagedList query={all} empty={t('proposals.empty')}>
            {(items) => <ProposalsList proposals={items} lang={s.language} label={t('proposals.allTitle')} />}
          </PagedList>
        </section>
      )}
    </>
  );
}
