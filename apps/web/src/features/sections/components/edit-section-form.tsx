import { updateSectionRequest, type Section, type SectionRevision } from '@belong/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { isApiError } from '../../../lib/api-error';
import { useForm } from '../../../lib/use-form';
import { sectionQueryOptions } from '../api/get-section';
import { getRevisions } from '../api/get-revisions';
import { useUpdateSection } from '../api/update-section';
import { EditConflict, type Resolution } from './edit-conflict';
import { SectionFields, useSectionLabels, type SectionValues } from './section-fields';

const formId = 'edit-section';

interface EditSectionFormProps {
  section: Section;
  lang: string;
  /** Called after saving (with what to announce) or cancelling (null). */
  onDone: (message: string | null) => void;
}

/**
 * Edits the section's text. The change is based on the revision the editing started from, whatever the
 * page reloads in between: when someone else saved first, the API refuses (412) and the conflict is shown.
 */
export function EditSectionForm({ section, lang, onDone }: EditSectionFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateSection();
  const labels = useSectionLabels();
  const [base, setBase] = useState(() => ({
    revision: section.revision,
    values: { heading: section.heading, theme: section.theme, body: section.body },
  }));
  const [conflict, setConflict] = useState<SectionRevision | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm<SectionValues>(formId, base.values);

  const submit = form.onSubmit({
    schema: updateSectionRequest,
    toRequest: (values) => values,
    keepValues: true,
    send: async (request) => {
      setNotice(null);
      try {
        const saved = await update.mutateAsync({ sectionId: section.id, revision: base.revision, body: request });
        onDone(saved.revision === base.revision ? t('sections.unchanged') : t('sections.saved', { revision: saved.revision }));
      } catch (error) {
        if (!isApiError(error, 'STALE_REVISION')) throw error;
        // The latest revision (the first, newest first) is the text that is current now, with who wrote it and when.
        const revisions = await getRevisions(section.id);
        setConflict(revisions.items[0] ?? null);
        // The rest of the page shows the section as it is now; the form keeps this person's text.
        void queryClient.invalidateQueries({ queryKey: sectionQueryOptions(section.id).queryKey, exact: true });
      }
      return null;
    },
  });

  const resolve = (values: SectionValues, how: Resolution) => {
    if (!conflict) return;
    form.setMany(values);
    setBase({ revision: conflict.revision, values: { heading: conflict.heading, theme: conflict.theme, body: conflict.body } });
    setConflict(null);
    setNotice(t(`sections.conflict.resolved.${how}`, { revision: conflict.revision }));
    document.getElementById(`${formId}-body`)?.focus();
  };

  return (
    <form className="form form--wide" noValidate onSubmit={submit} aria-label={t('sections.editTitle')}>
      <ErrorSummary formId={formId} errors={form.errors} labels={labels} />
      {conflict && <EditConflict base={base.values} mine={form.values} theirs={conflict} lang={lang} onResolve={resolve} />}
      <StatusMessage message={notice} />
      {/* The page follows the section live: someone else's save shows here before this one is refused. */}
      {!conflict && section.revision > base.revision && (
        <Alert tone="info">{t('sections.savedMeanwhile', { revision: section.revision, from: base.revision })}</Alert>
      )}
      <p className="muted">{t('sections.editingRevision', { revision: base.revision })}</p>
      <SectionFields form={form} lang={lang} />
      <div className="actions">
        <Button type="submit" busy={form.submitting}>
          {t('sections.save')}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            onDone(null);
          }}
        >
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
