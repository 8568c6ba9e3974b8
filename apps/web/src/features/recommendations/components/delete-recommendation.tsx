import type { Recommendation } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { ConfirmButton } from '../../../components/ui/confirm-button';
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
  return (
    <>
      {remove.isError && <Alert tone="error">{errorMessage(t, remove.error)}</Alert>}
      <ConfirmButton
        label={t('recommendations.delete')}
        title={t('recommendations.deleteTitle')}
        message={t('recommendations.deleteMessage', { title: recommendation.title })}
        busy={remove.isPending}
        onConfirm={(close) => {
          // Not mutate's callbacks: they are dropped when the card unmounts with its recommendation, before they run.
          remove
            .mutateAsync(recommendation.id)
            .then(() => {
              onDeleted(t('recommendations.deleted', { title: recommendation.title }));
            })
            .catch(() => undefined) // shown by remove.isError
            .finally(close);
        }}
      />
    </>
  );
}
