import { useTranslation } from 'react-i18next';
import { locale } from '@belong/contracts';
import { Link, useParams, useSearchParams, type Params } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Disclosure } from '../../../components/ui/disclosure';
import { PageHeading } from '../../../components/ui/page-heading';
import { PagedList } from '../../../components/ui/paged-list';
import { Spinner } from '../../../components/ui/spinner';
import { VersionsTable } from '../../../features/exports/components/versions-table';
import { useRegion } from '../../../features/regions/api/get-region';
import { CreateSectionForm } from '../../../features/sections/components/create-section-form';
import { strategyInQueryOptions, useStrategyIn } from '../../../features/strategies/api/get-strategy';
import { useVersions } from '../../../features/strategies/api/get-versions';
import { ApprovalRuleForm } from '../../../features/strategies/components/approval-rule-form';
import { StrategyFacts } from '../../../features/strategies/components/strategy-facts';
import { WorkflowActions } from '../../../features/strategies/components/workflow-actions';
import { currentUiLanguage } from '../../../lib/i18n';
import { allItems } from '../../../lib/pagination';
import { queryClient } from '../../query-client';
import { UnavailablePage } from '../unavailable-page';
import { SectionsBoard } from './sections-board';
import { StrategyLinks } from './strategy-links';
import { StrategyText } from './strategy-text';
import { shownLanguage, TextLanguages } from './text-languages';
import { SubmissionPreview } from './submission-preview';

/** Read in the language asked for, else in the reader's own where the strategy is translated into it. */
function askedLanguage(search: URLSearchParams, uiLanguage: string): string {
  return locale.safeParse(search.get('lang')).data ?? uiLanguage;
}

/** When the app opens on a strategy: the strategy is asked for while the app's first requests load. */
export function prefetchStrategyPage({ strategyId = '' }: Params, search: URLSearchParams): Promise<void> {
  return queryClient.prefetchQuery(strategyInQueryOptions(strategyId, askedLanguage(search, currentUiLanguage())));
}

/** A strategy: its stage and moves, its sections with their sign-off, its settings, its versions and its text. */
export function StrategyRoute() {
  const { t, i18n } = useTranslation();
  const { strategyId = '' } = useParams();
  const [params] = useSearchParams();
  const asked = askedLanguage(params, i18n.resolvedLanguage ?? 'en');
  const strategy = useStrategyIn(strategyId, asked);
  const region = useRegion(strategy.data?.regionId ?? '', { enabled: Boolean(strategy.data) });
  const versions = useVersions(strategyId, { enabled: Boolean(strategy.data) });

  if (strategy.isPending) return <Spinner label={t('common.loading')} />;
  if (strategy.isError)
    return <UnavailablePage title={t('strategy.unavailable')} notFound={t('strategy.notFound')} error={strategy.error} />;
  const s = strategy.data;
  const shown = shownLanguage(s, asked);
  const may = (action: (typeof s.can)[number]) => s.can.includes(action);

  return (
    <>
      <p className="back-link">
        <Link to={`/regions/${s.regionId}`}>
          {region.data ? t('strategy.backTo', { name: region.data.name }) : t('strategy.backToRegion')}
        </Link>
      </p>
      <PageHeading lang={s.language}>{s.title}</PageHeading>
      <StrategyFacts strategy={s} />
      <TextLanguages strategy={s} shown={shown} />
      <StrategyLinks strategy={s} proposals={Boolean(region.data?.can.includes('readProposals'))} />
      <WorkflowActions strategy={s} submissionPreview={(move) => <SubmissionPreview strategy={s} move={move} />} />
      {s.status === 'draft' && may('edit') && <Alert tone="info">{t('strategy.draftNotice')}</Alert>}
      <section aria-labelledby="board-title" className="section">
        <h2 id="board-title">{t('board.title')}</h2>
        <SectionsBoard strategy={s} canReorder={may('edit')} />
        {may('addSection') && (
          <Disclosure label={t('sections.addTitle')}>{() => <CreateSectionForm strategyId={s.id} lang={s.language} />}</Disclosure>
        )}
        {may('edit') && <Disclosure label={t('approvalRule.formTitle')}>{() => <ApprovalRuleForm strategy={s} />}</Disclosure>}
      </section>
      {allItems(versions.data).length > 0 && (
        <section aria-labelledby="versions-title" className="section">
          <h2 id="versions-title">{t('versions.title')}</h2>
          <PagedList query={versions} empty={t('versions.none')}>
            {(list) => <VersionsTable versions={list} />}
          </PagedList>
        </section>
      )}
      <StrategyText strategy={s} />
    </>
  );
}
