import type { StrategyDetail } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../../components/ui/paged-list';
import { ApprovalBadge, ApprovalProgress } from '../../../features/approvals/components/approval-state';
import { useRecommendations } from '../../../features/recommendations/api/get-recommendations';

/** What submitting freezes: every section with its approval state, and the recommendations that go with it. */
export function SubmissionPreview({ strategy }: { strategy: StrategyDetail }) {
  const { t } = useTranslation();
  const recommendations = useRecommendations(strategy.id);
  return (
    <div className="frozen-preview">
      <h3>{t('workflow.frozenSections', { count: strategy.sections.length })}</h3>
      <ul className="frozen-list">
        {strategy.sections.map((section) => (
          <li key={section.id}>
            <span lang={strategy.language}>{t('strategy.numberedHeading', { position: section.position, heading: section.heading })}</span>
            {', '}
            {t('workflow.frozenRevision', { revision: section.revision })}
            <br />
            <ApprovalBadge state={section.approval.state} /> <ApprovalProgress summary={section.approval} />
          </li>
        ))}
      </ul>
      <h3>{t('workflow.frozenRecommendations')}</h3>
      <PagedList query={recommendations} empty={t('recommendations.none')}>
        {(items) => (
          <ul className="frozen-list">
            {items.map((r) => (
              <li key={r.id} lang={strategy.language}>
                {r.title}
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </div>
  );
}
