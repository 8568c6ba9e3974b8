import { createApprovalRequest, decisions } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { RadioGroup } from '../../../components/ui/radio-group';
import { TextAreaField } from '../../../components/ui/textarea-field';
import { useForm } from '../../../lib/use-form';
import { useCreateApproval } from '../api/create-approval';

const formId = 'decision';

/** A signatory approves the revision of the section they read, or asks for changes, for their organisation. */
export function DecisionForm({ sectionId, revision }: { sectionId: string; revision: number }) {
  const { t } = useTranslation();
  const create = useCreateApproval(sectionId, revision);
  const form = useForm(formId, { decision: '', note: '' });
  const labels = { decision: t('approvals.decision'), note: t('approvals.note') };

  const submit = form.onSubmit({
    schema: createApprovalRequest,
    toRequest: ({ decision, note }) => ({ decision, note: note.trim() || undefined }),
    send: async (request) => {
      await create.mutateAsync(request);
      return request.decision === 'approve'
        ? t('approvals.approvedStatus', { revision })
        : t('approvals.changesRequestedStatus', { revision });
    },
  });

  return (
    <form className="form" noValidate onSubmit={submit} aria-label={t('approvals.formTitle')}>
      <ErrorSummary formId={formId} errors={form.errors} labels={labels} />
      <RadioGroup
        {...form.fieldProps('decision')}
        legend={t('approvals.decisionLegend', { revision })}
        options={decisions.map((decision) => ({ value: decision, label: t(`approvals.choices.${decision}`) }))}
      />
      <TextAreaField {...form.fieldProps('note')} label={t('approvals.noteOptional')} hint={t('approvals.noteHint')} rows={3} />
      <Button type="submit" busy={form.submitting}>
        {t('approvals.submit')}
      </Button>
      <StatusMessage message={form.status} />
    </form>
  );
}
