import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../lib/error-message';
import { useDiff } from '../../sections/api/get-diff';
import { WordDiffView } from '../../sections/components/word-diff-view';

interface SourceChangesProps {
  sectionId: string;
  /** The revision of the text the translation was made from, and the text's revision now. */
  from: number;
  to: number;
  lang: string;
}

/** An outdated translation: what changed in the text since it was translated, to carry over into it. */
export function SourceChanges({ sectionId, from, to, lang }: SourceChangesProps) {
  const { t } = useTranslation();
  const diff = useDiff(sectionId, from, to);
  return (
    <section aria-labelledby="source-changes-title" className="section section--first">
      <h2 id="source-changes-title">{t('translation.changesTitle')}</h2>
      <Alert tone="info">{t('translation.outdatedNotice', { from, to })}</Alert>
      {diff.isPending && <Spinner label={t('common.loading')} />}
      {diff.isError && <Alert tone="error">{errorMessage(t, diff.error)}</Alert>}
      {diff.data && <WordDiffView changes={diff.data.changes} lang={lang} />}
    </section>
  );
}
