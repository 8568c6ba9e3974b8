import { exportFormats } from '@belong/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { RadioGroup } from '../../../components/ui/radio-group';
import { Spinner } from '../../../components/ui/spinner';
import type { ExportFormat } from '../../../features/exports/api/export-strategy';
import { ExportDownload } from '../../../features/exports/components/export-download';
import { VersionsTable } from '../../../features/exports/components/versions-table';
import { useStrategy } from '../../../features/strategies/api/get-strategy';
import { useVersions } from '../../../features/strategies/api/get-versions';
import { allItems } from '../../../lib/pagination';
import { formatDateTime, languageName } from '../../../lib/display-names';
import { errorMessage } from '../../../lib/error-message';
import { StrategyPageHeader } from '../strategy/strategy-page-header';
import { shownLanguage } from '../strategy/text-languages';
import { UnavailablePage } from '../unavailable-page';

const draft = 'draft';

/** Download the strategy: the working draft (its region's members) or a submitted version, as PDF, DOCX, Markdown or JSON. */
export function ExportRoute() {
  const { t, i18n } = useTranslation();
  const { strategyId = '' } = useParams();
  const strategy = useStrategy(strategyId);
  const versions = useVersions(strategyId, { enabled: Boolean(strategy.data) });
  const [chosenVersion, setChosenVersion] = useState<string | null>(null);
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [chosenLanguage, setChosenLanguage] = useState<string | null>(null);
  const language = i18n.resolvedLanguage ?? 'en';

  if (strategy.isPending) return <Spinner label={t('common.loading')} />;
  if (strategy.isError)
    return <UnavailablePage title={t('strategy.unavailable')} notFound={t('strategy.notFound')} error={strategy.error} />;
  const s = strategy.data;
  // Another region's people read only what was submitted.
  const mayExportDraft = s.can.includes('exportDraft');
  const list = allItems(versions.data);
  const latest = list[list.length - 1];
  const version = chosenVersion ?? (mayExportDraft || !latest ? draft : String(latest.version));
  const versionOptions = [
    ...(mayExportDraft ? [{ value: draft, label: t('export.workingDraft') }] : []),
    ...[...list].reverse().map((v) => ({
      value: String(v.version),
      label: t('export.versionOption', { version: v.version, date: formatDateTime(v.submittedAt, language) }),
    })),
  ];
  const canDownload = versionOptions.length > 0;
  // The JSON is the record as written; the other formats come in any language the strategy is translated into.
  const translatable = format !== 'json' && s.translations.length > 0;
  const documentLanguage = translatable ? (chosenLanguage ?? shownLanguage(s, language)) : s.language;
  const languageOptions = [s.language, ...s.translations.map((tr) => tr.language)].map((l) => ({
    value: l,
    label: l === s.language ? t('export.originalLanguage', { language: languageName(l, language) }) : languageName(l, language),
  }));

  return (
    <>
      <StrategyPageHeader strategy={s} title={t('export.title')} intro={t('export.intro')} />
      {versions.isPending && <Spinner label={t('common.loading')} />}
      {versions.isError && <Alert tone="error">{errorMessage(t, versions.error)}</Alert>}
      {versions.data && (
        <div className="form">
          {canDownload ? (
            <>
              <RadioGroup
                id="export-version"
                name="version"
                legend={t('export.version')}
                value={version}
                options={versionOptions}
                onChange={(event) => {
                  setChosenVersion(event.target.value);
                }}
              />
              <RadioGroup
                id="export-format"
                name="format"
                legend={t('export.format')}
                value={format}
                options={exportFormats.map((f) => ({ value: f, label: t(`export.formats.${f}`) }))}
                onChange={(event) => {
                  setFormat(event.target.value as ExportFormat);
                }}
              />
              {translatable && (
                <RadioGroup
                  id="export-language"
                  name="language"
                  legend={t('export.language')}
                  value={documentLanguage}
                  options={languageOptions}
                  onChange={(event) => {
                    setChosenLanguage(event.target.value);
                  }}
                />
              )}
              {/* Another choice starts afresh: no message about a file that is no longer asked for. */}
              <ExportDownload
                key={`${version}-${format}-${documentLanguage}`}
                request={{
                  strategyId: s.id,
                  format,
                  version: version === draft ? undefined : Number(version),
                  lang: documentLanguage === s.language ? undefined : documentLanguage,
                }}
                label={t(documentLanguage === s.language ? 'export.download' : 'export.downloadIn', {
                  format: t(`export.formatNames.${format}`),
                  version: version === draft ? t('export.workingDraft') : t('export.versionShort', { version }),
                  language: languageName(documentLanguage, language),
                })}
              />
            </>
          ) : (
            <p>{t('export.nothing')}</p>
          )}
        </div>
      )}
      <section aria-labelledby="versions-title" className="section">
        <h2 id="versions-title">{t('versions.title')}</h2>
        {list.length > 0 ? <VersionsTable versions={list} /> : <p>{t('versions.none')}</p>}
        <p className="muted">{t('versions.checksumHint')}</p>
      </section>
    </>
  );
}
