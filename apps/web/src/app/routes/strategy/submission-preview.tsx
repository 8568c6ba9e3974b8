import type { StrategyDetail, StrategyMove } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { PagedList } from '../../../components/ui/paged-list';
import { ApprovalBadge, ApprovalProgress } from '../../../features/approvals/components/approval-state';
import { useRecommendations } from '../../../features/recommendations/api/get-recommendations';

/**
 * What submitting freezes: every section with its approval state, and the recommendations that go with it.
 * When sections hold the submission back, it says which, with links, before anyone tries.
 */
export function SubmissionPreview({ strategy, move }: { strategy: StrategyDetail; move: StrategyMove }) {
  const { t } = useTranslation();
  const recommendations = useRecommendations(strategy.id);
  if (move.blockedBy === 'SECTIONS_NOT_APPROVED') {
    return (
      <Alert tone="error">
        <p>{move.sections.length > 0 ? t('workflow.notApproved', { count: move.sections.length }) : t('workflow.noSections')}</p>
        <ul>
          {move.sections.map((section) => (
            <li key={section.id}>
              <Link to={`/sections/${section.id}`} lang={strategy.language}>
                {section.heading}
              </Link>
              {': '}
              <ApprovalProgress summary={section} />
            </li>
          ))}
        </ul>
      </Alert>
    );
  }
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
