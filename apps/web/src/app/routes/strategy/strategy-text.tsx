import type { StrategyDetail } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { MarkdownText } from '../../../components/ui/markdown';
import { translationPath } from '../../../features/translations/translation-path';

/**
 * The whole strategy to read, section by section (each in the language the page shows where it is translated
 * into it), each with a way to its comments, approval and history, and to what changed since an outdated
 * translation was made.
 */
export function StrategyText({ strategy }: { strategy: StrategyDetail }) {
  const { t } = useTranslation();
  if (strategy.sections.length === 0) return null;
  return (
    <section aria-labelledby="full-text-title" className="section">
      <h2 id="full-text-title">{t('strategy.fullText')}</h2>
      {strategy.sections.map((section) => {
        const lang = section.translation?.language ?? strategy.language;
        return (
          <article key={section.id} aria-labelledby={`text-${section.id}`} className="strategy-section">
            <h3 id={`text-${section.id}`} lang={lang}>
              {t('strategy.numberedHeading', { position: section.position, heading: section.heading })}
            </h3>
            {section.translation?.outdated && (
              <p>
                <Badge tone="warning">{t('textLanguages.outdatedSection')}</Badge>{' '}
                <Link to={translationPath(section.id, section.translation.language)}>{t('textLanguages.whatChanged')}</Link>
              </p>
            )}
            <MarkdownText source={section.body} firstHeadingLevel={4} lang={lang} />
            <p>
              <Link to={`/sections/${section.id}`}>{t('strategy.openSection', { heading: section.heading })}</Link>
            </p>
          </article>
        );
      })}
    </section>
  );
}
