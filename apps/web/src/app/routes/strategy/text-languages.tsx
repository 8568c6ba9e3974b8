import type { Locale, StrategyDetail } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { endonyms } from '../../../lib/i18n';

/** The language a strategy page shows its sections in: a translation's where there is one, else the strategy's own. */
export function shownLanguage(strategy: StrategyDetail, asked: string): Locale {
  return strategy.translations.some((t) => t.language === asked) ? (asked as Locale) : strategy.language;
}

/**
 * The languages the strategy can be read in: its own, and each that some of its sections are translated
 * into, named in itself, with how far the translation goes. Shown only when there is a translation.
 */
export function TextLanguages({ strategy, shown }: { strategy: StrategyDetail; shown: Locale }) {
  const { t } = useTranslation();
  if (strategy.translations.length === 0) return null;
  const total = strategy.sections.length;
  const link = (language: Locale) => (
    <Link to={`?lang=${language}`} lang={language} aria-current={language === shown ? 'true' : undefined} replace>
      {endonyms[language]}
    </Link>
  );
  return (
    <nav aria-labelledby="text-languages-title" className="text-languages">
      <h2 id="text-languages-title" className="text-languages__title">
        {t('textLanguages.title')}
      </h2>
      <ul>
        <li>
          {link(strategy.language)} <span className="muted">{t('textLanguages.original')}</span>
        </li>
        {strategy.translations.map((translation) => (
          <li key={translation.language}>
            {link(translation.language)}{' '}
            <span className="muted">
              {translation.outdated > 0
                ? t('textLanguages.coverageOutdated', { count: total, translated: translation.sections, outdated: translation.outdated })
                : t('textLanguages.coverage', { count: total, translated: translation.sections })}
            </span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
