import type { ApprovalRule } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { formatList } from '../../../lib/display-names';

/** "At least 3 organisations must approve each section. Required among them: migrant organisation." */
export function ApprovalRuleText({ rule }: { rule: ApprovalRule }) {
  const { t, i18n } = useTranslation();
  const minimum = t('approvalRule.minimum', { count: rule.minOrganisations });
  if (rule.requiredTypes.length === 0) return <>{minimum}</>;
  const types = formatList(
    rule.requiredTypes.map((type) => t(`organisationTypesInSentence.${type}`)),
    i18n.resolvedLanguage ?? 'en',
  );
  return <>{t('approvalRule.withTypes', { minimum, types })}</>;
}
