import { checkRoleFields, email, roleFields, type Organisation } from '@belong/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert, StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { TextAreaField } from '../../../components/ui/textarea-field';
import { errorMessage } from '../../../lib/error-message';
import { useForm } from '../../../lib/use-form';
import { RoleFields, roleLabels, roleRequest } from '../../members/components/role-fields';
import { useInvitePeople, type InviteOutcome } from '../api/invite-people';

const formId = 'invite';

/** Several addresses at once, one role for all of them: how a coordinator brings in an organisation's people. */
const inviteForm = z.strictObject({ emails: z.array(email).min(1).max(50), ...roleFields }).superRefine(checkRoleFields);

/** Addresses as people paste them: one a line, or separated by commas, semicolons or spaces. */
function addresses(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
}

export function InviteForm({ regionId, organisations }: { regionId: string; organisations: Organisation[] }) {
  const { t } = useTranslation();
  const invite = useInvitePeople(regionId);
  const form = useForm(formId, { emails: '', role: '', organisationId: '', signatory: false, department: '' });
  const [failed, setFailed] = useState<InviteOutcome[]>([]);
  const labels = { emails: t('invitations.emails'), ...roleLabels(t) };

  const submit = form.onSubmit({
    schema: inviteForm,
    toRequest: (values) => ({ emails: addresses(values.emails), ...roleRequest(values) }),
    send: async (request) => {
      const outcomes = await invite.mutateAsync(request);
      const failures = outcomes.filter((o) => o.error !== null);
      setFailed(failures);
      const sent = outcomes.length - failures.length;
      return sent > 0 ? t('invitations.sent', { count: sent }) : null;
    },
  });

  return (
    <form className="form" noValidate onSubmit={submit} aria-label={t('invitations.formTitle')}>
      <StatusMessage message={form.status} />
      {failed.length > 0 && (
        <Alert tone="error">
          <p>{t('invitations.someFailed')}</p>
          <ul>
            {failed.map((f) => (
              <li key={f.email}>{t('invitations.failedAddress', { email: f.email, reason: errorMessage(t, f.error) })}</li>
            ))}
          </ul>
        </Alert>
      )}
      <ErrorSummary formId={formId} errors={form.errors} labels={labels} />
      <TextAreaField {...form.fieldProps('emails')} label={labels.emails} hint={t('invitations.emailsHint')} rows={3} spellCheck={false} />
      <RoleFields form={form} organisations={organisations} />
      <Button type="submit" busy={form.submitting}>
        {t('invitations.send')}
      </Button>
    </form>
  );
}
