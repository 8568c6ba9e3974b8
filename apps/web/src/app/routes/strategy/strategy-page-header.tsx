import type { Strategy } from '@belong/contracts';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';

/** The head of a strategy's sub-page (proposals, recommendations, export): the way back, the page's title, what it is for. */
export function StrategyPageHeader({ strategy, title, intro }: { strategy: Strategy; title: string; intro: string }) {
  return (
    <>
      <p className="back-link">
        <Link to={`/strategies/${strategy.id}`} lang={strategy.language}>
          {strategy.title}
        </Link>
      </p>
      <PageHeading>{title}</PageHeading>
      <p className="lead">{intro}</p>
    </>
  );
}
