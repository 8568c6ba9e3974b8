import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The page's one h1, which also names the browser tab. It takes the focus after a client-side navigation
 * (see the layout), hence tabIndex -1. `lang` when it is content in another language than the interface's.
 */
export function PageHeading({ children, lang }: { children: string; lang?: string }) {
  const { t } = useTranslation();
  const documentTitle = t('app.documentTitle', { page: children });
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  return (
    <h1 className="page-heading" tabIndex={-1} lang={lang}>
      {children}
    </h1>
  );
}
