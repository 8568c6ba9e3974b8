import type { ApprovalSummaryDto } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../../components/ui/badge';
import { formatList } from '../../../lib/display-names';

type ApprovalState = ApprovalSummaryDto['state'];

const tones: Record<ApprovalState, BadgeTone> = { pending: 'warning', approved: 'success', changes_requested: 'danger' };

export function ApprovalBadge({ state }: { state: ApprovalState }) {
  const { t } = useTranslation();
  return <Badge tone={tones[state]}>{t(`approvalStates.${state}`)}</Badge>;
}

/**
 * "2 of 3 organisations, migrant organisation still missing"; beyond the minimum, "4 organisations, 3 needed".
 */
export function ApprovalProgress({ summary }: { summary: Omit<ApprovalSummaryDto, 'state'> }) {
  const { t, i18n } = useTranslation();
  const { approvals, required, missingTypes } = summary;
  const beyond = approvals > required;
  if (missingTypes.length === 0) {
    return (
      <>
        {beyond ? t('approvals.progressBeyond', { approvals, count: required }) : t('approvals.progress', { approvals, count: required })}
      </>
    );
  }
  const missing = formatList(
    missingTypes.map((type) => t(`organisationTypesInSentence.${type}`)),
    i18n.resolvedLanguage ?? 'en',
  );
  return (
    <>
      {beyond
        ? t('approvals.progressBeyondMissing', { approvals, count: required, missing })
        : t('approvals.progressMissing', { approvals, count: required, missing })}
    </>
  );
}

/** The state and, on the next line, the progress: for a board cell or a fact. */
export function ApprovalStatus({ summary }: { summary: ApprovalSummaryDto }) {
  return (
    <>
      <ApprovalBadge state={summary.state} />
      <br />
      <ApprovalProgress summary={summary} />
    </>
  );
}
