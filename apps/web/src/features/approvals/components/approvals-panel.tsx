import type { SectionApprovals } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { LoadMore } from '../../../components/ui/load-more';
import { Spinner } from '../../../components/ui/spinner';
import { formatDateTime } from '../../../lib/display-names';
import { errorMessage } from '../../../lib/error-message';
import { useApprovals } from '../api/get-approvals';
import { ApprovalBadge, ApprovalProgress } from './approval-state';
import { DecisionForm } from './decision-form';
import { DecisionsList } from './decisions-list';

interface ApprovalsPanelProps {
  sectionId: string;
  /** The section's revision as the page shows it: a decision is made on what was read. */
  revision: number;
  /** The API says the caller may decide for their organisation now. */
  canDecide: boolean;
}

/** The section's approval state, where the caller's organisation stands, the form to decide and every decision on record. */
export function ApprovalsPanel({ sectionId, revision, canDecide }: ApprovalsPanelProps) {
  const { t } = useTranslation();
  const approvals = useApprovals(sectionId);
  if (approvals.isPending) return <Spinner label={t('common.loading')} />;
  if (approvals.isError && !approvals.data) return <Alert tone="error">{errorMessage(t, approvals.error)}</Alert>;
  const [first] = approvals.data.pages;
  const items = approvals.data.pages.flatMap((page) => page.items);
  const current = items.filter((item) => !item.stale);
  const earlier = items.filter((item) => item.stale);
  return (
    <>
      <p className="approval-summary">
        <ApprovalBadge state={first!.state} /> <ApprovalProgress summary={first!} />
      </p>
      {first!.mine && <OwnDecision mine={first!.mine} />}
      {canDecide && <DecisionForm key={revision} sectionId={sectionId} revision={revision} />}
      <h3>{t('approvals.currentTitle', { revision: first!.revision })}</h3>
      {current.length > 0 ? <DecisionsList items={current} /> : <p>{t('approvals.noneYet')}</p>}
      {earlier.length > 0 && (
        <>
          <h3>{t('approvals.earlierTitle')}</h3>
          <DecisionsList items={earlier} />
        </>
      )}
      {approvals.isFetchNextPageError && <Alert tone="error">{errorMessage(t, approvals.error)}</Alert>}
      <LoadMore
        hasMore={approvals.hasNextPage}
        loading={approvals.isFetchingNextPage}
        onLoadMore={() => void approvals.fetchNextPage()}
        label={t('approvals.loadMore')}
      />
    </>
  );
}

/** A signatory sees what their organisation said last, and whether it still counts. */
function OwnDecision({ mine }: { mine: NonNullable<SectionApprovals['mine']> }) {
  const { t, i18n } = useTranslation();
  const values = { name: mine.userName, date: formatDateTime(mine.createdAt, i18n.resolvedLanguage ?? 'en'), revision: mine.revision };
  const said = mine.decision === 'approve' ? t('approvals.mine.approved', values) : t('approvals.mine.changesRequested', values);
  return (
    <Alert tone="info">
      <p>{said}</p>
      {mine.stale && <p>{t('approvals.mine.stale')}</p>}
    </Alert>
  );
}
