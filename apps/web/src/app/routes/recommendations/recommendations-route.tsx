import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { StatusMessage } from '../../../components/ui/alert';
import { Disclosure } from '../../../components/ui/disclosure';
import { PagedList } from '../../../components/ui/paged-list';
import { Spinner } from '../../../components/ui/spinner';
import { useMe } from '../../../features/auth/api/get-me';
import { useRecommendations } from '../../../features/recommendations/api/get-recommendations';
import { DeleteRecommendation } from '../../../features/recommendations/components/delete-recommendation';
import { RecommendationCard } from '../../../features/recommendations/components/recommendation-card';
import { ResponseForm } from '../../../features/recommendations/components/response-form';
import { useStrategy } from '../../../features/strategies/api/get-strategy';
import { allItems } from '../../../lib/pagination';
import { StrategyPageHeader } from '../strategy/strategy-page-header';
import { UnavailablePage } from '../unavailable-page';
import { RecommendationBuilder } from './recommendation-builder';

/**
 * The strategy's recommendations to the regional authority, each with its sources and the authority's
 * answer. Coordinators build them; officials answer them once the strategy is submitted (those still
 * waiting for an answer come first).
 */
export function RecommendationsRoute() {
  const { t } = useTranslation();
  const { strategyId = '' } = useParams();
  const strategy = useStrategy(strategyId);
  const recommendations = useRecommendations(strategyId, { enabled: Boolean(strategy.data) });
  const me = useMe();
  const [status, setStatus] = useState<string | null>(null);

  if (strategy.isPending) return <Spinner label={t('common.loading')} />;
  if (strategy.isError)
    return <UnavailablePage title={t('strategy.unavailable')} notFound={t('strategy.notFound')} error={strategy.error} />;
  const s = strategy.data;
  const answering = s.can.includes('answer');
  // An official's department fills the answer form in advance.
  const department = me.data?.memberships.find((m) => m.regionId === s.regionId)?.department ?? '';
  const list = allItems(recommendations.data);
  const waiting = list.filter((r) => r.response === null);
  const answered = list.filter((r) => r.response !== null);
  // For an official the queue comes first: what still waits for an answer.
  const ordered = answering ? [...waiting, ...answered] : list;

  return (
    <>
      <StrategyPageHeader strategy={s} title={t('recommendations.title')} intro={t('recommendations.intro')} />
      <StatusMessage message={status} />
      {s.can.includes('recommend') && (
        <Disclosure label={t('recommendations.formTitle')}>{() => <RecommendationBuilder strategy={s} />}</Disclosure>
      )}
      <section aria-labelledby="recommendations-title" className="section">
        <h2 id="recommendations-title">
          {answering ? t('recommendations.queueTitle', { count: waiting.length }) : t('recommendations.listTitle')}
        </h2>
        {list.length > 0 && <p>{t('recommendations.answeredCount', { answered: answered.length, count: list.length })}</p>}
        <PagedList query={recommendations} empty={t('recommendations.none')}>
          {() =>
            ordered.map((r) => (
              <RecommendationCard key={r.id} recommendation={r} lang={s.language}>
                {r.can.includes('answer') && (
                  <Disclosure label={r.response ? t('recommendations.changeAnswer') : t('recommendations.answerNamed', { title: r.title })}>
                    {() => <ResponseForm recommendation={r} department={department} />}
                  </Disclosure>
                )}
                {r.can.includes('edit') && (
                  <Disclosure label={t('recommendations.editNamed', { title: r.title })}>
                    {() => <RecommendationBuilder strategy={s} editing={r} />}
                  </Disclosure>
                )}
                {r.can.includes('delete') && <DeleteRecommendation recommendation={r} onDeleted={setStatus} />}
              </RecommendationCard>
            ))
          }
        </PagedList>
      </section>
    </>
  );
}
