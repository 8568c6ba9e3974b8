import { locale } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { MarkdownText } from '../../../components/ui/markdown';
import { PageHeading } from '../../../components/ui/page-heading';
import { Spinner } from '../../../components/ui/spinner';
import { useSection } from '../../../features/sections/api/get-section';
import { useTranslations } from '../../../features/translations/api/get-translations';
import { SourceChanges } from '../../../features/translations/components/source-changes';
import { TranslationForm } from '../../../features/translations/components/translation-form';
import { languageName } from '../../../lib/display-names';
import { errorMessage } from '../../../lib/error-message';
import { NotFoundRoute } from '../not-found';
import { UnavailablePage } from '../unavailable-page';

/**
 * A section's translation into one language, side by side with the text it translates: the section as it is
 * now on the left, the translation on the right (to write, for coordinators). An outdated translation shows
 * first what changed in the text since.
 */
export function TranslationRoute() {
  const { t, i18n } = useTranslation();
  const ui = i18n.resolvedLanguage ?? 'en';
  const { sectionId = '', language: languageParam = '' } = useParams();
  const language = locale.safeParse(languageParam);
  const section = useSection(sectionId);
  const translations = useTranslations(sectionId);

  if (section.isError) return <UnavailablePage title={t('section.unavailable')} notFound={t('section.notFound')} error={section.error} />;
  if (!language.success) return <NotFoundRoute />;
  if (section.isPending || translations.isPending) return <Spinner label={t('common.loading')} />;
  const s = section.data;
  const source = s.strategy.language;
  if (language.data === source) return <NotFoundRoute />;
  const target = language.data;
  const current = translations.data?.items.find((item) => item.language === target) ?? null;
  const mayTranslate = s.can.includes('translate');
  if (!current && !mayTranslate && !translations.isError) return <NotFoundRoute />;
  const targetName = languageName(target, ui);

  return (
    <>
      <p className="back-link">
        <Link to={`/sections/${s.id}`} lang={source}>
          {s.heading}
        </Link>
      </p>
      <PageHeading>{t('translation.title', { language: targetName })}</PageHeading>
      {translations.isError && <Alert tone="error">{errorMessage(t, translations.error)}</Alert>}
      {current?.outdated && <SourceChanges sectionId={s.id} from={current.sourceRevision} to={s.revision} lang={source} />}
      <div className="side-by-side">
        <section aria-labelledby="translation-source-title" className="side-by-side__pane">
          <h2 id="translation-source-title">{t('translation.source', { language: languageName(source, ui), revision: s.revision })}</h2>
          <h3 lang={source}>{s.heading}</h3>
          <MarkdownText source={s.body} firstHeadingLevel={4} lang={source} />
        </section>
        <section aria-labelledby="translation-target-title" className="side-by-side__pane">
          <h2 id="translation-target-title">{t('translation.target', { language: targetName })}</h2>
          {mayTranslate ? (
            <TranslationForm key={target} section={s} language={target} current={current} />
          ) : (
            current && (
              <>
                <h3 lang={target}>{current.heading}</h3>
                <MarkdownText source={current.body} firstHeadingLevel={4} lang={target} />
              </>
            )
          )}
        </section>
      </div>
    </>
  );
}
