import { locales, type Locale, type SectionDetail } from '@belong/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { Spinner } from '../../../components/ui/spinner';
import { Table } from '../../../components/ui/table';
import { formatDateTime, languageName } from '../../../lib/display-names';
import { errorMessage } from '../../../lib/error-message';
import { useTranslations } from '../api/get-translations';
import { translationPath } from '../translation-path';

/**
 * The section's translations, each with whether it still matches the text; coordinators start a translation
 * into another language here.
 */
export function TranslationsPanel({ section }: { section: SectionDetail }) {
  const { t, i18n } = useTranslation();
  const ui = i18n.resolvedLanguage ?? 'en';
  const translations = useTranslations(section.id);

  if (translations.isPending) return <Spinner label={t('common.loading')} />;
  if (translations.isError) return <Alert tone="error">{errorMessage(t, translations.error)}</Alert>;
  const items = translations.data.items;
  const missing = locales.filter((l) => l !== section.strategy.language && !items.some((item) => item.language === l));

  return (
    <>
      {items.length === 0 ? (
        <p>{t('translations.none')}</p>
      ) : (
        <Table
          caption={t('translations.caption')}
          rowKey={(item) => item.language}
          rows={items}
          columns={[
            {
              header: t('translations.language'),
              cell: (item) => <Link to={translationPath(section.id, item.language)}>{languageName(item.language, ui)}</Link>,
            },
            {
              header: t('translations.state'),
              cell: (item) =>
                item.outdated ? (
                  <Badge tone="warning">{t('translations.outdated', { revision: item.sourceRevision })}</Badge>
                ) : (
                  <Badge tone="success">{t('translations.current')}</Badge>
                ),
            },
            { header: t('translations.updatedAt'), cell: (item) => formatDateTime(item.updatedAt, ui) },
          ]}
        />
      )}
      {section.can.includes('translate') && missing.length > 0 && <StartTranslation sectionId={section.id} languages={missing} />}
    </>
  );
}

/** Choose a language, then translate the section into it side by side with the text. */
function StartTranslation({ sectionId, languages }: { sectionId: string; languages: Locale[] }) {
  const { t, i18n } = useTranslation();
  const ui = i18n.resolvedLanguage ?? 'en';
  const navigate = useNavigate();
  const [language, setLanguage] = useState<Locale>(languages[0]!);
  return (
    <form
      className="form form--inline"
      aria-label={t('translations.start')}
      onSubmit={(event) => {
        event.preventDefault();
        void navigate(translationPath(sectionId, language));
      }}
    >
      <SelectField
        id="translation-language"
        label={t('translations.into')}
        value={language}
        options={languages.map((l) => ({ value: l, label: languageName(l, ui) }))}
        onChange={(event) => setLanguage(event.target.value as Locale)}
      />
      <Button type="submit" variant="secondary">
        {t('translations.start')}
      </Button>
    </form>
  );
}
