import { textFrozen } from '@belong/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Disclosure } from '../../../components/ui/disclosure';
import { PageHeading } from '../../../components/ui/page-heading';
import { Spinner } from '../../../components/ui/spinner';
import { useMe } from '../../../features/auth/api/get-me';
import { useRegion } from '../../../features/regions/api/get-region';
import { CreateSectionForm } from '../../../features/sections/components/create-section-form';
import { useStrategy } from '../../../features/strategies/api/get-strategy';
import { ApprovalRuleForm } from '../../../features/strategies/components/approval-rule-form';
import { StrategyFacts } from '../../../features/strategies/components/strategy-facts';
import { WorkflowActions } from '../../../features/strategies/components/workflow-actions';
import { VersionsTable } from '../../../features/exports/components/versions-table';
import { useVersions } from '../../../features/strategies/api/get-versions';
import { canManageRegion, canReadStrategies, isOfficial } from '../../../lib/authorization';
import { UnavailablePage } from '../unavailable-page';
import { SectionsBoard } from './sections-board';
import { StrategyLinks } from './strategy-links';
import { StrategyText } from './strategy-text';
import { SubmissionPreview } from './submission-preview';

export function StrategyRoute() {
  const { t } = useTranslation();
  const { strategyId = '' } = useParams();
  const strategy = useStrategy(strategyId);
  const me = useMe();
  const region = useRegion(strategy.data?.regionId ?? '', { enabled: Boolean(strategy.data) });
  const versions = useVersions(strategyId, { enabled: Boolean(strategy.data) });

  if (strategy.isPending) return <Spinner label={t('common.loading')} />;
  if (strategy.isError)
    return <UnavailablePage title={t('strategy.unavailable')} notFound={t('strategy.notFound')} error={strategy.error} />;
  const s = strategy.data;
  const coordinator = canManageRegion(me.data, s.regionId);
  const editable = coordinator && !textFrozen(s.status);

  return (
    <>
      <p className="back-link">
        <Link to={`/regions/${s.regionId}`}>
          {region.data ? t('strategy.backTo', { name: region.data.name }) : t('strategy.backToRegion')}
        </Link>
      </p>
      <PageHeading lang={s.language}>{s.title}</PageHeading>
      <StrategyFacts strategy={s} />
      <StrategyLinks strategy={s} member={canReadStrategies(me.data, s.regionId)} />
      {(coordinator || isOfficial(me.data, s.regionId) || s.nextStatuses.length > 0) && (
        <WorkflowActions strategy={s} submissionPreview={<SubmissionPreview strategy={s} />} />
      )}
      {s.status === 'draft' && coordinator && <Alert tone="info">{t('strategy.draftNotice')}</Alert>}
      <section aria-labelledby="board-title" className="section">
        <h2 id="board-title">{t('board.title')}</h2>
        <SectionsBoard strategy={s} canReorder={editable} />
        {editable && (
          <Disclosure label={t('sections.addTitle')}>{() => <CreateSectionForm strategyId={s.id} lang={s.language} />}</Disclosure>
        )}
        {coordinator && <Disclosure label={t('approvalRule.formTitle')}>{() => <ApprovalRuleForm strategy={s} />}</Disclosure>}
      </section>
      {versions.data && versions.data.length > 0 && (
        <section aria-labelledby="versions-title" className="section">
          <h2 id="versions-title">{t('versions.title')}</h2>
          <VersionsTable versions={versions.data} />
        </section>
      )}
      <StrategyText strategy={s} />
    </>
  );
}
