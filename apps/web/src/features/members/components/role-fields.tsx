import { roles, type Organisation } from '@belong/contracts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../../components/ui/checkbox';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import type { useForm } from '../../../lib/use-form';

// A type, not an interface: a form's values must be indexable (useForm's `Values`).
export type RoleValues = { role: string; organisationId: string; signatory: boolean; department: string };

/** The request's role fields from the form's: only those the chosen role has (an organisation, a department). */
export function roleRequest({ role, organisationId, signatory, department }: RoleValues) {
  return {
    role,
    organisationId: role === 'stakeholder' ? organisationId || undefined : undefined,
    signatory: role === 'stakeholder' ? signatory : undefined,
    department: role === 'official' ? department.trim() || undefined : undefined,
  };
}

export function roleLabels(t: TFunction): Record<'role' | 'organisationId' | 'signatory' | 'department', string> {
  return {
    role: t('members.role'),
    organisationId: t('members.organisation'),
    signatory: t('members.signatoryLabel'),
    department: t('members.department'),
  };
}

/** A role in the region, and what comes with it: shown only for the chosen role. */
export function RoleFields<V extends RoleValues>({
  form,
  organisations,
}: {
  form: ReturnType<typeof useForm<V>>;
  organisations: Organisation[];
}) {
  const { t } = useTranslation();
  const labels = roleLabels(t);
  const { role } = form.values;
  const fields = {
    role: form.fieldProps('role'),
    organisationId: form.fieldProps('organisationId'),
    signatory: form.checkboxProps('signatory'),
    department: form.fieldProps('department'),
  };
  return (
    <>
      <SelectField
        {...fields.role}
        label={labels.role}
        placeholder={t('common.choose')}
        options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
      />
      {role === 'stakeholder' && (
        <>
          <SelectField
            {...fields.organisationId}
            label={labels.organisationId}
            placeholder={t('common.choose')}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          />
          <Checkbox {...fields.signatory} label={labels.signatory} hint={t('members.signatoryHint')} />
        </>
      )}
      {role === 'official' && <TextField {...fields.department} label={t('members.departmentOptional')} />}
    </>
  );
}
