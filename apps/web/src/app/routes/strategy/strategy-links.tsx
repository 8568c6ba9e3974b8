import type { StrategyDetail } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The strategy's other pages: its proposals, its recommendations to the authority, its export. */
export function StrategyLinks({ strategy, proposals }: { strategy: StrategyDetail; proposals: boolean }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('strategy.pages')} className="strategy-links">
      <ul>
        {/* Proposals stay within the region; recommendations and versions are shared once submitted. */}
        {proposals && (
          <li>
            <Link to={`/strategies/${strategy.id}/proposals`}>{t('proposals.title')}</Link>
          </li>
        )}
        <li>
          <Link to={`/strategies/${strategy.id}/recommendations`}>{t('recommendations.title')}</Link>
        </li>
        <li>
          <Link to={`/strategies/${strategy.id}/export`}>{t('export.title')}</Link>
        </li>
      </ul>
    </nav>
  );
}
