import type { Recommendation, StrategyDetail } from '@belong/contracts';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Spinner } from '../../../components/ui/spinner';
import { getComments } from '../../../features/comments/api/get-comments';
import { useProposals } from '../../../features/proposals/api/get-proposals';
import { RecommendationForm } from '../../../features/recommendations/components/recommendation-form';
import { allItems } from '../../../lib/pagination';

/** The recommendation form with its possible sources: the accepted and partly accepted proposals, the open comments. */
export function RecommendationBuilder({ strategy, editing }: { strategy: StrategyDetail; editing?: Recommendation }) {
  const { t } = useTranslation();
  const accepted = useProposals(strategy.regionId, { strategyId: strategy.id, status: 'accepted' });
  const partly = useProposals(strategy.regionId, { strategyId: strategy.id, status: 'partially_accepted' });
  const comments = useQueries({
    // The first hundred comments of each section: enough to choose from, one request per section.
    queries: strategy.sections.map((section) => ({
      queryKey: ['sections', section.id, 'comment-sources'],
      queryFn: () => getComments(section.id),
      retry: false,
    })),
  });
  if (accepted.isPending || partly.isPending || comments.some((c) => c.isPending)) return <Spinner label={t('common.loading')} />;

  const proposals = [...allItems(accepted.data), ...allItems(partly.data)].map((p) => ({
    id: p.id,
    label: p.title,
    hint: `${p.organisationName ?? p.authorName}, ${t(`proposalStatus.${p.status}`)}`,
  }));
  const commentOptions = strategy.sections.flatMap((section, index) =>
    (comments[index]?.data?.items ?? [])
      .filter((c) => c.parentId === null)
      .map((c) => ({
        id: c.id,
        label: c.body,
        hint: t('recommendations.commentHint', {
          name: c.organisationName ? `${c.authorName}, ${c.organisationName}` : c.authorName,
          heading: section.heading,
        }),
      })),
  );
  return (
    <RecommendationForm
      strategyId={strategy.id}
      lang={strategy.language}
      proposals={proposals}
      comments={commentOptions}
      editing={editing}
    />
  );
}
