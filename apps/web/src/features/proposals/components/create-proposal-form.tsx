import { createProposalRequest, type Proposal, type StrategyDetail } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/textarea-field';
import { TextField } from '../../../components/ui/text-field';
import { useForm } from '../../../lib/use-form';
import { useCreateProposal } from '../api/create-proposal';
import { splitTargetGroups } from './target-groups';

const formId = 'proposal';

// A suggested text replaces a section's text, so it needs the section.
const schema = createProposalRequest.refine((r) => r.suggestedText === undefined || r.sectionId !== undefined, {
  path: ['suggestedText'],
});

interface CreateProposalFormProps {
  strategy: StrategyDetail;
  onCreated?: (proposal: Proposal) => void;
}

/** A proposal to improve the strategy, sent on behalf of the caller's organisation. */
export function CreateProposalForm({ strategy, onCreated }: CreateProposalFormProps) {
  const { t } = useTranslation();
  const create = useCreateProposal(strategy.regionId);
  const form = useForm(formId, {
    title: '',
    problem: '',
    proposal: '',
    sectionId: '',
    suggestedText: '',
    expectedImpact: '',
    targetGroups: '',
  });
  const labels = {
    title: t('proposals.titleField'),
    problem: t('proposals.problem'),
    proposal: t('proposals.proposal'),
    sectionId: t('proposals.section'),
    suggestedText: t('proposals.suggestedText'),
    expectedImpact: t('proposals.expectedImpact'),
    targetGroups: t('proposals.targetGroups'),
  };
  const section = strategy.sections.find((s) => s.id === form.values.sectionId);

  const submit = form.onSubmit({
    schema,
    toRequest: ({ title, problem, proposal, sectionId, suggestedText, expectedImpact, targetGroups }) => {
      const groups = splitTargetGroups(targetGroups);
      return {
        title,
        problem,
        proposal,
        strategyId: strategy.id,
        sectionId: sectionId || undefined,
        suggestedText: suggestedText.trim() ? suggestedText : undefined,
        expectedImpact: expectedImpact.trim() || undefined,
        targetGroups: groups.length > 0 ? groups : undefined,
      };
    },
    send: async (request) => {
      const created = await create.mutateAsync(request);
      onCreated?.(created);
      return t('proposals.created', { title: created.title });
    },
  });

  return (
    <form className="form form--wide" noValidate onSubmit={submit} aria-label={t('proposals.formTitle')}>
      <ErrorSummary formId={formId} errors={form.errors} labels={labels} />
      <TextField {...form.fieldProps('title')} label={labels.title} lang={strategy.language} />
      <TextAreaField {...form.fieldProps('problem')} label={labels.problem} hint={t('proposals.problemHint')} rows={4} />
      <TextAreaField {...form.fieldProps('proposal')} label={labels.proposal} hint={t('proposals.proposalHint')} rows={4} />
      <SelectField
        {...form.fieldProps('sectionId')}
        label={t('proposals.sectionOptional')}
        hint={t('proposals.sectionHint')}
        placeholder={t('proposals.noSection')}
        options={strategy.sections.map((s) => ({
          value: s.id,
          label: t('strategy.numberedHeading', { position: s.position, heading: s.heading }),
        }))}
      />
      <TextAreaField
        {...form.fieldProps('suggestedText')}
        label={t('proposals.suggestedTextOptional')}
        hint={t('proposals.suggestedTextHint')}
        rows={8}
        lang={strategy.language}
      />
      {section && (
        <Button
          variant="secondary"
          onClick={() => {
            form.set('suggestedText', section.body);
            document.getElementById(`${formId}-suggestedText`)?.focus();
          }}
        >
          {t('proposals.copySectionText', { heading: section.heading })}
        </Button>
      )}
      <TextAreaField {...form.fieldProps('expectedImpact')} label={t('proposals.expectedImpactOptional')} rows={3} />
      <TextField {...form.fieldProps('targetGroups')} label={t('proposals.targetGroupsOptional')} hint={t('proposals.targetGroupsHint')} />
      <Button type="submit" busy={form.submitting}>
        {t('proposals.submit')}
      </Button>
      <StatusMessage message={form.status} />
    </form>
  );
}
