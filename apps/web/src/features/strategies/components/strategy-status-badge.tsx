import type { StrategyStatus } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../../components/ui/badge';

const tones: Record<StrategyStatus, BadgeTone> = {
  draft: 'neutral',
  consultation: 'info',
  consolidation: 'info',
  submitted: 'warning',
  returned: 'danger',
  adopted: 'success',
};

export function StrategyStatusBadge({ status }: { status: StrategyStatus }) {
  const { t } = useTranslation();
  return <Badge tone={tones[status]}>{t(`strategyStatus.${status}`)}</Badge>;
}
