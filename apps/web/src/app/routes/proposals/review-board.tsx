import type { ProposalStatus } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../../components/ui/paged-list';
import { useProposals } from '../../../features/proposals/api/get-proposals';
import { ProposalsList } from '../../../features/proposals/components/proposals-list';

interface ReviewBoardProps {
  regionId: string;
  strategyId: string;
  lang: string;
  statuses: readonly ProposalStatus[];
}

/** The coordinator's board: the strategy's proposals by state, the ones waiting for a step first. */
export function ReviewBoard({ regionId, strategyId, lang, statuses }: ReviewBoardProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="board-title" className="section">
      <h2 id="board-title">{t('proposals.boardTitle')}</h2>
      <div className="review-board">
        {statuses.map((status) => (
          <StatusColumn key={status} regionId={regionId} strategyId={strategyId} lang={lang} status={status} />
        ))}
      </div>
    </section>
  );
}

function StatusColumn({ regionId, strategyId, lang, status }: Omit<ReviewBoardProps, 'statuses'> & { status: ProposalStatus }) {
  const { t } = useTranslation();
  const proposals = useProposals(regionId, { strategyId, status });
  const title = t(`proposals.column.${status}`);
  return (
    <section aria-labelledby={`column-${status}`} className="review-board__column">
      <h3 id={`column-${status}`}>{title}</h3>
      <PagedList query={proposals} empty={t('proposals.columnEmpty')}>
        {(items) => <ProposalsList proposals={items} lang={lang} label={title} />}
      </PagedList>
    </section>
  );
}
