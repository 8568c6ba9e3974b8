import { recommendationResponseRequest, responseDecisions, type Recommendation } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { RadioGroup } from '../../../components/ui/radio-group';
import { TextAreaField } from '../../../components/ui/textarea-field';
import { TextField } from '../../../components/ui/text-field';
import { useForm } from '../../../lib/use-form';
import { useAnswerRecommendation } from '../api/answer-recommendation';

interface ResponseFormProps {
  recommendation: Recommendation;
  /** The official's own department, offered as the responsible one. */
  department: string;
}

/** An official answers a recommendation for the regional authority; a later answer replaces it. */
export function ResponseForm({ recommendation, department }: ResponseFormProps) {
  const { t } = useTranslation();
  const answer = useAnswerRecommendation(recommendation.id, recommendation.strategyId);
  const formId = `response-${recommendation.id}`;
  const form = useForm(formId, {
    decision: recommendation.response?.decision ?? '',
    answer: recommendation.response?.answer ?? '',
    department: recommendation.response?.department ?? department,
    dueDate: recommendation.response?.dueDate ?? '',
  });
  const labels = {
    decision: t('recommendations.decision'),
    answer: t('recommendations.reasons'),
    department: t('recommendations.department'),
    dueDate: t('recommendations.dueDate'),
  };

  const submit = form.onSubmit({
    schema: recommendationResponseRequest,
    toRequest: ({ decision, answer: text, department: dept, dueDate }) => ({
      decision,
      answer: text,
      department: dept.trim() || undefined,
      dueDate: dueDate || undefined,
    }),
    send: async (request) => {
      await answer.mutateAsync(request);
      return t('recommendations.answered', { title: recommendation.title });
    },
    keepValues: true,
  });

  return (
    <form
      className="form form--wide"
      noValidate
      onSubmit={submit}
      aria-label={t('recommendations.answerFormNamed', { title: recommendation.title })}
    >
      <ErrorSummary formId={formId} errors={form.errors} labels={labels} />
      <RadioGroup
        {...form.fieldProps('decision')}
        legend={t('recommendations.decisionLegend')}
        options={responseDecisions.map((decision) => ({ value: decision, label: t(`responseDecisions.${decision}`) }))}
      />
      <TextAreaField {...form.fieldProps('answer')} label={labels.answer} hint={t('recommendations.reasonsHint')} rows={4} />
      <TextField {...form.fieldProps('department')} label={t('recommendations.departmentOptional')} />
      <TextField {...form.fieldProps('dueDate')} type="date" label={t('recommendations.dueDateOptional')} className="input--date" />
      <Button type="submit" busy={form.submitting}>
        {recommendation.response ? t('recommendations.replaceAnswer') : t('recommendations.sendAnswer')}
      </Button>
      <StatusMessage message={form.status} />
    </form>
  );
}
