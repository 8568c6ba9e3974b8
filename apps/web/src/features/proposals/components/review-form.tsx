import { proposalTransitionRequest, type Proposal } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Checkbox } from '../../../components/ui/checkbox';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { RadioGroup } from '../../../components/ui/radio-group';
import { TextAreaField } from '../../../components/ui/textarea-field';
import { formatList } from '../../../lib/display-names';
import { useForm } from '../../../lib/use-form';
import { useProposalDiff } from '../api/get-proposal-diff';
import { useMoveProposal } from '../api/move-proposal';

const formId = 'review';
const decisions = ['accepted', 'partially_accepted', 'rejected'] as const;
// The proposer is owed an answer for every decision.
const schema = proposalTransitionRequest.required({ answer: true });

/**
 * The coordinator decides on a proposal under review, with an answer the proposer sees; an accepted one
 * with a suggested text may write it into its section as a new revision.
 */
export function ReviewForm({ proposal, onDecided }: { proposal: Proposal; onDecided: (message: string) => void }) {
  const { t } = useTranslation();
  const move = useMoveProposal(proposal.id);
  const canApply = proposal.suggestedText !== null && proposal.sectionId !== null;
  const form = useForm(formId, { to: '', answer: '', applySuggestedText: false });
  const labels = { to: t('review.decision'), answer: t('review.answer'), applySuggestedText: t('review.apply') };
  const accepting = form.values.to === 'accepted' || form.values.to === 'partially_accepted';

  const submit = form.onSubmit({
    schema,
    toRequest: ({ to, answer, applySuggestedText }) => ({
      to,
      answer,
      applySuggestedText: canApply && applySuggestedText && (to === 'accepted' || to === 'partially_accepted') ? true : undefined,
    }),
    send: async (request) => {
      const moved = await move.mutateAsync(request);
      const decided = t('review.decided', { status: t(`proposalStatus.${moved.status}`) });
      // The form goes with the state it served: the page announces the decision.
      onDecided(moved.appliedRevision !== null ? `${decided} ${t('proposals.applied', { revision: moved.appliedRevision })}` : decided);
      return null;
    },
  });

  return (
    <form className="form form--wide" noValidate onSubmit={submit} aria-label={t('review.formTitle')}>
      <ErrorSummary formId={formId} errors={form.errors} labels={labels} />
      <RadioGroup
        {...form.fieldProps('to')}
        legend={t('review.decisionLegend')}
        options={decisions.map((to) => ({ value: to, label: t(`review.choices.${to}`) }))}
      />
      <TextAreaField {...form.fieldProps('answer')} label={labels.answer} hint={t('review.answerHint')} rows={4} />
      {canApply && accepting && (
        <Checkbox {...form.checkboxProps('applySuggestedText')} label={labels.applySuggestedText} hint={t('review.applyHint')} />
      )}
      {canApply && accepting && form.values.applySuggestedText && <LapsingApprovals proposal={proposal} />}
      <Button type="submit" busy={form.submitting}>
        {t('review.submit')}
      </Button>
    </form>
  );
}

/** Before the coordinator confirms, whose approvals applying the suggested text would make stale. */
function LapsingApprovals({ proposal }: { proposal: Proposal }) {
  const { t, i18n } = useTranslation();
  const diff = useProposalDiff(proposal.id);
  if (!diff.data) return null;
  const names = diff.data.lapsingApprovals.map((a) => a.organisationName);
  return (
    <Alert tone="info">
      {names.length > 0
        ? t('review.lapsing', { count: names.length, organisations: formatList(names, i18n.resolvedLanguage ?? 'en') })
        : t('review.lapsingNone')}
    </Alert>
  );
}
