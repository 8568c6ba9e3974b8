import { approvalRule, organisationTypes, type ApprovalRule, type OrganisationType, type StrategyDetail } from '@belong/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Checkbox } from '../../../components/ui/checkbox';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-error';
import { useForm } from '../../../lib/use-form';
import { useOrganisationCounts } from '../../organisations/api/get-organisations';
import { strategyQueryOptions } from '../api/get-strategy';
import { useUpdateStrategy } from '../api/update-strategy';
import { ApprovalRuleText } from './approval-rule-text';

const formId = 'approval-rule';

const sameRule = (a: ApprovalRule, b: ApprovalRule) =>
  a.minOrganisations === b.minOrganisations && [...a.requiredTypes].sort().join() === [...b.requiredTypes].sort().join();

/**
 * How many organisations must approve each section, and of which types. The change is based on the rule
 * the form started from: when someone else changed it meanwhile, the API refuses (412) and the person
 * sees the new rule before saving theirs over it.
 */
export function ApprovalRuleForm({ strategy }: { strategy: StrategyDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateStrategy(strategy.id);
  // What the region has: a rule it cannot meet is refused, so the form says beforehand what there is.
  const counts = useOrganisationCounts(strategy.regionId);
  const [base, setBase] = useState({ revision: strategy.revision, rule: strategy.approvalRule });
  const [changedMeanwhile, setChangedMeanwhile] = useState<ApprovalRule | null>(null);
  const form = useForm(formId, {
    minOrganisations: String(strategy.approvalRule.minOrganisations),
    ...(Object.fromEntries(organisationTypes.map((type) => [type, strategy.approvalRule.requiredTypes.includes(type)])) as Record<
      OrganisationType,
      boolean
    >),
  });
  const labels = { minOrganisations: t('approvalRule.minOrganisations') };

  const submit = form.onSubmit({
    schema: approvalRule,
    keepValues: true,
    toRequest: ({ minOrganisations, ...types }) => ({
      minOrganisations: minOrganisations.trim() === '' ? 0 : Number(minOrganisations),
      requiredTypes: organisationTypes.filter((type) => types[type]),
    }),
    send: async (rule) => {
      setChangedMeanwhile(null);
      // Moving the strategy also counts as a revision: while the rule is still the one the form started
      // from, the change is based on the latest revision.
      const revision = sameRule(strategy.approvalRule, base.rule) ? strategy.revision : base.revision;
      try {
        const saved = await update.mutateAsync({ revision, body: { approvalRule: rule } });
        setBase({ revision: saved.revision, rule: saved.approvalRule });
        return t('approvalRule.saved');
      } catch (error) {
        if (!isApiError(error, 'STALE_REVISION')) throw error;
        const current = await queryClient.fetchQuery({ ...strategyQueryOptions(strategy.id), staleTime: 0 });
        setBase({ revision: current.revision, rule: current.approvalRule });
        setChangedMeanwhile(current.approvalRule);
        return null;
      }
    },
  });

  return (
    <form className="form" noValidate onSubmit={submit} aria-label={t('approvalRule.formTitle')}>
      <ErrorSummary formId={formId} errors={form.errors} labels={labels} />
      {changedMeanwhile && (
        <Alert tone="error">
          <p>{t('approvalRule.changedMeanwhile')}</p>
          <p>
            <ApprovalRuleText rule={changedMeanwhile} />
          </p>
        </Alert>
      )}
      <TextField
        {...form.fieldProps('minOrganisations')}
        type="number"
        inputMode="numeric"
        min={1}
        max={50}
        className="input--short"
        label={labels.minOrganisations}
        hint={
          counts.data
            ? `${t('approvalRule.minOrganisationsHint')} ${t('approvalRule.organisationsInRegion', { count: counts.data.total })}`
            : t('approvalRule.minOrganisationsHint')
        }
      />
      <fieldset className="fieldset">
        <legend className="field__label">{t('approvalRule.requiredTypes')}</legend>
        <p className="field__hint">{t('approvalRule.requiredTypesHint')}</p>
        {organisationTypes.map((type) => (
          <Checkbox
            key={type}
            {...form.checkboxProps(type)}
            label={
              counts.data
                ? t('approvalRule.inRegion', { type: t(`organisationTypes.${type}`), count: counts.data.byType.get(type) ?? 0 })
                : t(`organisationTypes.${type}`)
            }
          />
        ))}
      </fieldset>
      <Button type="submit" busy={form.submitting}>
        {t('approvalRule.save')}
      </Button>
      <StatusMessage message={form.status} />
    </form>
  );
}
