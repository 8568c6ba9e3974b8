import type { StrategyDetail } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Facts } from '../../../components/ui/facts';
import { formatDateTime, languageName } from '../../../lib/display-names';
import { ApprovalRuleText } from './approval-rule-text';
import { StrategyStatusBadge } from './strategy-status-badge';

export function StrategyFacts({ strategy }: { strategy: StrategyDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const approved = strategy.sections.filter((s) => s.approval.state === 'approved').length;
  return (
    <Facts
      facts={[
        {
          term: t('strategies.status'),
          value: (
            <>
              <StrategyStatusBadge status={strategy.status} />
              {strategy.statusNote && <p className="facts__note">{strategy.statusNote}</p>}
            </>
          ),
        },
        { term: t('strategies.language'), value: languageName(strategy.language, language) },
        {
          term: t('strategies.sectionsApproved'),
          value: t('strategies.sectionsApprovedValue', { approved, count: strategy.sections.length }),
        },
        { term: t('approvalRule.title'), value: <ApprovalRuleText rule={strategy.approvalRule} /> },
        { term: t('strategies.updated'), value: formatDateTime(strategy.updatedAt, language) },
      ]}
    />
  );
}
