import type { Recommendation } from '@belong/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { errorMessage } from '../../../lib/error-message';
import { useChangeRecommendation } from '../api/update-recommendation';

/** A coordinator deletes a draft recommendation, after confirming; the page says so, as the card goes with it. */
export function DeleteRecommendation({
  recommendation,
  onDeleted,
}: {
  recommendation: Recommendation;
  onDeleted: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { remove } = useChangeRecommendation(recommendation.strategyId);
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      {remove.isError && <Alert tone="error">{errorMessage(t, remove.error)}</Alert>}
      <Button
        variant="danger"
        onClick={() => {
          setConfirming(true);
        }}
      >
        {t('recommendations.delete')}
      </Button>
      <ConfirmDialog
        open={confirming}
        title={t('recommendations.deleteTitle')}
        message={t('recommendations.deleteMessage', { title: recommendation.title })}
        confirmLabel={t('recommendations.delete')}
        cancelLabel={t('common.cancel')}
        busy={remove.isPending}
        onConfirm={() => {
          remove.mutate(recommendation.id, {
            onSuccess: () => {
              onDeleted(t('recommendations.deleted', { title: recommendation.title }));
            },
            onSettled: () => {
              setConfirming(false);
            },
          });
        }}
        onCancel={() => {
          setConfirming(false);
        }}
      />
    </>
  );
}
