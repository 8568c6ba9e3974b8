import type { StrategyDetail } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MarkdownText } from '../../../components/ui/markdown';

/** The whole strategy to read, section by section, each with a way to its comments, approval and history. */
export function StrategyText({ strategy }: { strategy: StrategyDetail }) {
  const { t } = useTranslation();
  if (strategy.sections.length === 0) return null;
  return (
    <section aria-labelledby="full-text-title" className="section">
      <h2 id="full-text-title">{t('strategy.fullText')}</h2>
      {strategy.sections.map((section) => (
        <article key={section.id} aria-labelledby={`text-${section.id}`} className="strategy-section">
          <h3 id={`text-${section.id}`} lang={strategy.language}>
            {t('strategy.numberedHeading', { position: section.position, heading: section.heading })}
          </h3>
          <MarkdownText source={section.body} firstHeadingLevel={4} lang={strategy.language} />
          <p>
            <Link to={`/sections/${section.id}`}>{t('strategy.openSection', { heading: section.heading })}</Link>
          </p>
        </article>
      ))}
    </section>
  );
}
