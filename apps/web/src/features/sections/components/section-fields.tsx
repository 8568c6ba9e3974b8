import { themes } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Disclosure } from '../../../components/ui/disclosure';
import { MarkdownText } from '../../../components/ui/markdown';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/textarea-field';
import { TextField } from '../../../components/ui/text-field';
import type { useForm } from '../../../lib/use-form';

// A type alias, not an interface: the form's values must be assignable to a record of strings.
export type SectionValues = { heading: string; theme: string; body: string };
export type SectionForm = ReturnType<typeof useForm<SectionValues>>;

export function useSectionLabels() {
  const { t } = useTranslation();
  return { heading: t('sections.heading'), theme: t('sections.theme'), body: t('sections.body') };
}

/** Heading, theme and the Markdown text with a preview, as the strategy's language is written (spell-checking). */
export function SectionFields({ form, lang }: { form: SectionForm; lang: string }) {
  const { t } = useTranslation();
  const labels = useSectionLabels();
  return (
    <>
      <TextField {...form.fieldProps('heading')} label={labels.heading} lang={lang} />
      <SelectField
        {...form.fieldProps('theme')}
        label={labels.theme}
        placeholder={t('common.choose')}
        options={themes.map((theme) => ({ value: theme, label: t(`themes.${theme}`) }))}
      />
      <TextAreaField {...form.fieldProps('body')} label={labels.body} hint={t('sections.bodyHint')} rows={10} lang={lang} />
      <Disclosure label={t('sections.preview')}>
        {() => (
          <div className="preview">
            {form.values.body.trim() ? (
              <MarkdownText source={form.values.body} firstHeadingLevel={4} lang={lang} />
            ) : (
              <p className="muted">{t('sections.previewEmpty')}</p>
            )}
          </div>
        )}
      </Disclosure>
    </>
  );
}
