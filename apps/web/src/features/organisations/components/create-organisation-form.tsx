import { createOrganisationRequest, organisationTypes } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useForm } from '../../../lib/use-form';
import { useCreateOrganisation } from '../api/create-organisation';

const formId = 'create-organisation';

export function CreateOrganisationForm({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const create = useCreateOrganisation(regionId);
  const form = useForm(formId, { name: '', type: '', website: '' });
  const labels = { name: t('organisations.name'), type: t('organisations.type'), website: t('organisations.website') };

  const submit = form.onSubmit({
    schema: createOrganisationRequest,
    toRequest: ({ name, type, website }) => ({ name, type, website: website.trim() || undefined }),
    send: async (request) => t('organisations.created', { name: (await create.mutateAsync(request)).name }),
    fieldOfCode: { ORGANISATION_NAME_TAKEN: 'name' },
  });

  return (
    <form className="form" noValidate onSubmit={submit} aria-label={t('organisations.addTitle')}>
      <ErrorSummary formId={formId} errors={form.errors} labels={labels} />
      <TextField {...form.fieldProps('name')} label={labels.name} autoComplete="organization" />
      <SelectField
        {...form.fieldProps('type')}
        label={labels.type}
        placeholder={t('common.choose')}
        options={organisationTypes.map((type) => ({ value: type, label: t(`organisationTypes.${type}`) }))}
      />
      <TextField
        {...form.fieldProps('website')}
        type="url"
        label={t('organisations.websiteOptional')}
        hint={t('organisations.websiteHint')}
        autoComplete="url"
      />
      <Button type="submit" busy={form.submitting}>
        {t('organisations.add')}
      </Button>
      <StatusMessage message={form.status} />
    </form>
  );
}
