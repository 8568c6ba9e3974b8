import { createRecommendationRequest, type Recommendation } from '@belong/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Checkbox } from '../../../components/ui/checkbox';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { TextAreaField } from '../../../components/ui/textarea-field';
import { TextField } from '../../../components/ui/text-field';
import { useForm } from '../../../lib/use-form';
import { useCreateRecommendation } from '../api/create-recommendation';
import { useChangeRecommendation } from '../api/update-recommendation';

export interface SourceOption {
  id: string;
  /** What the checkbox says, e.g. the proposal's title. */
  label: string;
  /** Who it comes from, e.g. the organisation. */
  hint: string;
}

interface RecommendationFormProps {
  strategyId: string;
  lang: string;
  /** Accepted and partly accepted proposals of the strategy. */
  proposals: SourceOption[];
  comments: SourceOption[];
  /** The draft recommendation to change; a new one when absent. */
  editing?: Recommendation;
}

/**
 * The coordinator consolidates accepted proposals and comments into a recommendation to the authority, or
 * rewords and re-sources one of theirs before it goes.
 */
export function RecommendationForm({ strategyId, lang, proposals, comments, editing }: RecommendationFormProps) {
  const { t } = useTranslation();
  const create = useCreateRecommendation(strategyId);
  const { update } = useChangeRecommendation(strategyId);
  // Not `recommendation-${id}`: the card's heading has that prefix, and a duplicated id would take the title field's label.
  const formId = editing ? `recommendation-edit-${editing.id}` : 'recommendation';
  const form = useForm(formId, { title: editing?.title ?? '', body: editing?.body ?? '' });
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    new Set(editing ? [...editing.sources.proposals.map((p) => p.id), ...editing.sources.comments.map((c) => c.id)] : []),
  );
  const labels = { title: t('recommendations.titleField'), body: t('recommendations.body'), proposalIds: t('recommendations.sources') };

  const toggle = (id: string, on: boolean) => {
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };

  const submit = form.onSubmit({
    schema: createRecommendationRequest,
    toRequest: ({ title, body }) => {
      const commentIds = comments.filter((c) => chosen.has(c.id)).map((c) => c.id);
      return {
        title,
        body,
        proposalIds: proposals.filter((p) => chosen.has(p.id)).map((p) => p.id),
        commentIds: commentIds.length > 0 ? commentIds : undefined,
      };
    },
    send: async (request) => {
      if (editing) {
        const saved = await update.mutateAsync({ id: editing.id, body: { ...request, commentIds: request.commentIds ?? [] } });
        return t('recommendations.saved', { title: saved.title });
      }
      const created = await create.mutateAsync(request);
      setChosen(new Set());
      return t('recommendations.created', { title: created.title });
    },
    keepValues: Boolean(editing),
  });

  const sourceError = form.errors.fields.proposalIds;
  const group = (legend: string, options: SourceOption[], empty: string) => (
    <fieldset className="fieldset">
      <legend className="field__label">{legend}</legend>
      {options.length === 0 && <p className="muted">{empty}</p>}
      {options.map((option) => (
        <Checkbox
          key={option.id}
          id={`${formId}-source-${option.id}`}
          label={option.label}
          hint={option.hint}
          lang={lang}
          checked={chosen.has(option.id)}
          onChange={(event) => {
            toggle(option.id, event.target.checked);
          }}
        />
      ))}
    </fieldset>
  );

  return (
    <form
      className="form form--wide"
      noValidate
      onSubmit={submit}
      aria-label={editing ? t('recommendations.editTitle') : t('recommendations.formTitle')}
    >
      <ErrorSummary formId={formId} errors={form.errors} labels={labels} />
      <TextField {...form.fieldProps('title')} label={labels.title} lang={lang} />
      <TextAreaField {...form.fieldProps('body')} label={labels.body} hint={t('sections.bodyHint')} rows={6} lang={lang} />
      <div
        id={`${formId}-proposalIds`}
        tabIndex={-1}
        className={sourceError ? 'field--error focus-target' : 'focus-target'}
        aria-describedby={sourceError ? `${formId}-proposalIds-error` : undefined}
      >
        <p className="field__label">{labels.proposalIds}</p>
        {sourceError && (
          <p className="field__error" id={`${formId}-proposalIds-error`}>
            {sourceError}
          </p>
        )}
        {group(t('recommendations.proposalSources'), proposals, t('recommendations.noAcceptedProposals'))}
        {group(t('recommendations.commentSources'), comments, t('recommendations.noComments'))}
      </div>
      <Button type="submit" busy={form.submitting}>
        {editing ? t('recommendations.save') : t('recommendations.create')}
      </Button>
      <StatusMessage message={form.status} />
    </form>
  );
}
