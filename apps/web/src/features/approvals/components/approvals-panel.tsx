import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../lib/error-message';
import { useApprovals } from '../api/get-approvals';
import { ApprovalBadge, ApprovalProgress } from './approval-state';
import { DecisionForm } from './decision-form';
import { DecisionsList } from './decisions-list';

interface ApprovalsPanelProps {
  sectionId: string;
  /** The caller signs for an organisation and the strategy takes feedback now. */
  canDecide: boolean;
}

/** The section's approval state, the form to decide (signatories) and every decision on record. */
export function ApprovalsPanel({ sectionId, canDecide }: ApprovalsPanelProps) {
  const { t } = useTranslation();
  const approvals = useApprovals(sectionId);
  if (approvals.isPending) return <Spinner label={t('common.loading')} />;
  if (approvals.isError) return <Alert tone="error">{errorMessage(t, approvals.error)}</Alert>;
  const { revision, state, items } = approvals.data;
  const current = items.filter((item) => !item.stale);
  const earlier = items.filter((item) => item.stale);
  return (
    <>
      <p className="approval-summary">
        <ApprovalBadge state={state} /> <ApprovalProgress summary={approvals.data} />
      </p>
      {canDecide && <DecisionForm key={revision} sectionId={sectionId} revision={revision} />}
      <h3>{t('approvals.currentTitle', { revision })}</h3>
      {current.length > 0 ? <DecisionsList items={current} /> : <p>{t('approvals.noneYet')}</p>}
      {earlier.length > 0 && (
        <>
          <h3>{t('approvals.earlierTitle')}</h3>
          <DecisionsList items={earlier} />
        </>
      )}
    </>
  );
}
