import type { StrategyDetail } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The sections before and after this one, for reading the strategy section by section. */
export function SectionNavigation({ strategy, current }: { strategy: StrategyDetail; current: string }) {
  const { t } = useTranslation();
  const index = strategy.sections.findIndex((s) => s.id === current);
  const previous = index > 0 ? strategy.sections[index - 1] : undefined;
  const next = index >= 0 ? strategy.sections[index + 1] : undefined;
  if (!previous && !next) return null;
  return (
    <nav aria-label={t('section.navigation')} className="pager">
      {previous && (
        <Link to={`/sections/${previous.id}`} rel="prev">
          {t('section.previous')} <span lang={strategy.language}>{previous.heading}</span>
        </Link>
      )}
      {next && (
        <Link to={`/sections/${next.id}`} rel="next" className="pager__next">
          {t('section.next')} <span lang={strategy.language}>{next.heading}</span>
        </Link>
      )}
    </nav>
  );
}
