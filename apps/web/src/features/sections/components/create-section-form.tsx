import { createSectionRequest } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { useForm } from '../../../lib/use-form';
import { useCreateSection } from '../api/create-section';
import { SectionFields, useSectionLabels } from './section-fields';

const formId = 'create-section';

/** Adds a section at the end of the strategy (the board moves it). */
export function CreateSectionForm({ strategyId, lang }: { strategyId: string; lang: string }) {
  const { t } = useTranslation();
  const create = useCreateSection(strategyId);
  const form = useForm(formId, { heading: '', theme: '', body: '' });
  const labels = useSectionLabels();

  const submit = form.onSubmit({
    schema: createSectionRequest,
    toRequest: (values) => values,
    send: async (request) => t('sections.created', { heading: (await create.mutateAsync(request)).heading }),
  });

  return (
    <form className="form form--wide" noValidate onSubmit={submit} aria-label={t('sections.addTitle')}>
      <ErrorSummary formId={formId} errors={form.errors} labels={labels} />
      <SectionFields form={form} lang={lang} />
      <Button type="submit" busy={form.submitting}>
        {t('sections.add')}
      </Button>
      <StatusMessage message={form.status} />
    </form>
  );
}
