import type { SectionDetail } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The sections before and after this one, for reading the strategy section by section. */
export function SectionNavigation({ section }: { section: SectionDetail }) {
  const { t } = useTranslation();
  const { previous, next, strategy } = section;
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
