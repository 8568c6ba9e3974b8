import { createMemberRequest, roles, type Member, type Organisation } from '@belong/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { Checkbox } from '../../../components/ui/checkbox';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useForm } from '../../../lib/use-form';
import { useAddMember } from '../api/add-member';

const formId = 'add-member';

interface AddMemberFormProps {
  regionId: string;
  person: { id: string; name: string; email: string };
  organisations: Organisation[];
  onAdded: (member: Member) => void;
  onCancel: () => void;
}

/** Gives a found person a role in the region; only the fields that the chosen role has are shown. */
export function AddMemberForm({ regionId, person, organisations, onAdded, onCancel }: AddMemberFormProps) {
  const { t } = useTranslation();
  const add = useAddMember(regionId);
  const form = useForm(formId, { role: '', organisationId: '', signatory: false, department: '' });
  const { role } = form.values;
  const labels = {
    role: t('members.role'),
    organisationId: t('members.organisation'),
    signatory: t('members.signatoryLabel'),
    department: t('members.department'),
  };
  // The lookup's button is gone once the person is found: the focus moves to who is being added.
  const personRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    personRef.current?.focus();
  }, []);

  const submit = form.onSubmit({
    schema: createMemberRequest,
    toRequest: ({ organisationId, signatory, department }) => ({
      userId: person.id,
      role,
      organisationId: role === 'stakeholder' ? organisationId || undefined : undefined,
      signatory: role === 'stakeholder' ? signatory : undefined,
      department: role === 'official' ? department.trim() || undefined : undefined,
    }),
    send: async (request) => {
      onAdded(await add.mutateAsync(request));
      return null;
    },
  });

  return (
    <form className="form" noValidate onSubmit={submit} aria-label={t('members.addTitle')}>
      <p ref={personRef} tabIndex={-1} className="form__intro focus-target">
        {t('members.adding', { name: person.name, email: person.email })}
      </p>
      <ErrorSummary formId={formId} errors={form.errors} labels={labels} />
      <SelectField
        {...form.fieldProps('role')}
        label={labels.role}
        placeholder={t('common.choose')}
        options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
      />
      {role === 'stakeholder' && (
        <>
          <SelectField
            {...form.fieldProps('organisationId')}
            label={labels.organisationId}
            placeholder={t('common.choose')}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          />
          <Checkbox {...form.checkboxProps('signatory')} label={labels.signatory} hint={t('members.signatoryHint')} />
        </>
      )}
      {role === 'official' && <TextField {...form.fieldProps('department')} label={t('members.departmentOptional')} />}
      <div className="actions">
        <Button type="submit" busy={form.submitting}>
          {t('members.add')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
