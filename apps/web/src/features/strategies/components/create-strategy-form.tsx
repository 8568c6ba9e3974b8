import { createStrategyRequest, strategyLanguage, type Strategy } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { languageName } from '../../../lib/display-names';
import { currentUiLanguage } from '../../../lib/i18n';
import { useForm } from '../../../lib/use-form';
import { useCreateStrategy } from '../api/create-strategy';

const formId = 'create-strategy';

interface CreateStrategyFormProps {
  regionId: string;
  /** The region's first language, chosen to begin with. */
  defaultLanguage: string;
  onCreated: (strategy: Strategy) => void;
}

/** Starts a strategy as a draft, which only coordinators see until the consultation opens. */
export function CreateStrategyForm({ regionId, defaultLanguage, onCreated }: CreateStrategyFormProps) {
  const { t } = useTranslation();
  const create = useCreateStrategy(regionId);
  const initialLanguage = strategyLanguage.safeParse(defaultLanguage).success ? defaultLanguage : '';
  const form = useForm(formId, { title: '', language: initialLanguage });
  const labels = { title: t('strategies.title'), language: t('strategies.language') };

  const submit = form.onSubmit({
    schema: createStrategyRequest,
    toRequest: (values) => values,
    send: async (request) => {
      onCreated(await create.mutateAsync(request));
      return null;
    },
  });

  return (
    <form className="form" noValidate onSubmit={submit} aria-label={t('strategies.createTitle')}>
      <ErrorSummary formId={formId} errors={form.errors} labels={labels} />
      <TextField {...form.fieldProps('title')} label={labels.title} />
      <SelectField
        {...form.fieldProps('language')}
        label={labels.language}
        hint={t('strategies.languageHint')}
        placeholder={t('common.choose')}
        options={strategyLanguage.options.map((code) => ({ value: code, label: languageName(code, currentUiLanguage()) }))}
      />
      <Button type="submit" busy={form.submitting}>
        {t('strategies.create')}
      </Button>
    </form>
  );
}
