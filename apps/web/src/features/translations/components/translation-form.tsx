import { putTranslationRequest, type Locale, type SectionTranslation } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { TextAreaField } from '../../../components/ui/textarea-field';
import { TextField } from '../../../components/ui/text-field';
import { languageName } from '../../../lib/display-names';
import { useForm } from '../../../lib/use-form';
import { usePutTranslation } from '../api/put-translation';

const formId = 'translation';

interface TranslationFormProps {
  section: { id: string; strategyId: string; heading: string; body: string };
  language: Locale;
  /** The translation so far, or null for a new one (which starts from the text, to be translated over). */
  current: SectionTranslation | null;
}

/**
 * The translation's heading and text, written in its language (spell-checking, direction). Saving makes it a
 * translation of the section's current text: an outdated one is up to date again.
 */
export function TranslationForm({ section, language, current }: TranslationFormProps) {
  const { t, i18n } = useTranslation();
  const put = usePutTranslation();
  const name = languageName(language, i18n.resolvedLanguage ?? 'en');
  const labels = { heading: t('translation.heading', { language: name }), body: t('translation.body', { language: name }) };
  const form = useForm(
    formId,
    current ? { heading: current.heading, body: current.body } : { heading: section.heading, body: section.body },
  );

  const submit = form.onSubmit({
    schema: putTranslationRequest,
    toRequest: (values) => values,
    keepValues: true,
    send: async (request) => {
      await put.mutateAsync({ sectionId: section.id, strategyId: section.strategyId, language, body: request });
      return t('translation.saved', { language: name });
    },
  });

  return (
    <form className="form form--wide" noValidate onSubmit={submit} aria-label={t('translation.formTitle', { language: name })}>
      <ErrorSummary formId={formId} errors={form.errors} labels={labels} />
      <TextField {...form.fieldProps('heading')} label={labels.heading} lang={language} />
      <TextAreaField {...form.fieldProps('body')} label={labels.body} hint={t('sections.bodyHint')} rows={16} lang={language} />
      <Button type="submit" busy={form.submitting}>
        {t('translation.save')}
      </Button>
      <StatusMessage message={form.status} />
    </form>
  );
}
