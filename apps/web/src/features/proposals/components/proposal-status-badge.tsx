import type { ProposalStatus } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../../components/ui/badge';

const tones: Record<ProposalStatus, BadgeTone> = {
  submitted: 'info',
  under_review: 'warning',
  accepted: 'success',
  partially_accepted: 'success',
  rejected: 'danger',
  withdrawn: 'neutral',
};

export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation();
  return <Badge tone={tones[status]}>{t(`proposalStatus.${status}`)}</Badge>;
}
