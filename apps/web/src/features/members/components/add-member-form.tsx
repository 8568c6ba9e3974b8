import { createMemberRequest, type Member, type Organisation } from '@belong/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { useForm } from '../../../lib/use-form';
import { useAddMember } from '../api/add-member';
import { RoleFields, roleLabels, roleRequest } from './role-fields';

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
  const labels = roleLabels(t);
  // The lookup's button is gone once the person is found: the focus moves to who is being added.
  const personRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    personRef.current?.focus();
  }, []);

  const submit = form.onSubmit({
    schema: createMemberRequest,
    toRequest: (values) => ({ userId: person.id, ...roleRequest(values) }),
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
      <RoleFields form={form} organisations={organisations} />
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
