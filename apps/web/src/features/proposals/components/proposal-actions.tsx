import type { Proposal } from '@belong/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { errorMessage } from '../../../lib/error-message';
import { useEndorseProposal } from '../api/endorse-proposal';
import { useMoveProposal } from '../api/move-proposal';

interface ProposalActionsProps {
  proposal: Proposal;
  /** Says what happened: the page announces it, as these buttons may be gone with the state they served. */
  onDone: (message: string) => void;
}

/** Endorse, withdraw or take under review, as the API offers them: the steps that need no more than a button. */
export function ProposalActions({ proposal, onDone }: ProposalActionsProps) {
  const { t } = useTranslation();
  const endorse = useEndorseProposal(proposal.id);
  const move = useMoveProposal(proposal.id);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const showEndorse = proposal.can.includes('endorse');
  const showWithdraw = proposal.can.includes('withdraw');
  const showReview = proposal.can.includes('review') && proposal.status === 'submitted';
  if (!showEndorse && !showWithdraw && !showReview) return null;

  const done = (message: string) => ({
    onSuccess: () => {
      setFailure(null);
      onDone(message);
    },
    onError: (error: unknown) => {
      setFailure(errorMessage(t, error));
    },
  });

  return (
    <div className="proposal-actions">
      {failure && <Alert tone="error">{failure}</Alert>}
      <div className="actions">
        {showReview && (
          <Button busy={move.isPending} onClick={() => move.mutate({ to: 'under_review' }, done(t('proposals.underReviewStatus')))}>
            {t('proposals.startReview')}
          </Button>
        )}
        {showEndorse && (
          <Button busy={endorse.isPending} onClick={() => endorse.mutate(undefined, done(t('proposals.endorsed')))}>
            {t('proposals.endorse')}
          </Button>
        )}
        {showWithdraw && (
          <Button
            variant="danger"
            onClick={() => {
              setConfirming(true);
            }}
          >
            {t('proposals.withdraw')}
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('proposals.withdrawTitle')}
        message={t('proposals.withdrawMessage', { title: proposal.title })}
        confirmLabel={t('proposals.withdraw')}
        cancelLabel={t('common.cancel')}
        busy={move.isPending}
        onConfirm={() => {
          move.mutate(
            { to: 'withdrawn' },
            {
              ...done(t('proposals.withdrawn')),
              onSettled: () => {
                setConfirming(false);
              },
            },
          );
        }}
        onCancel={() => {
          setConfirming(false);
        }}
      />
    </div>
  );
}
