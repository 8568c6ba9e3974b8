import type { ApprovalItem } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/badge';
import { formatDateTime } from '../../../lib/display-names';

/** Who decided what, and when; decisions on an earlier revision stay on record but are marked as no longer counting. */
export function DecisionsList({ items }: { items: ApprovalItem[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <ul className="entry-list">
      {items.map((item) => (
        <li key={`${item.organisationId}-${item.revision}`} className={item.stale ? 'entry entry--stale' : 'entry'}>
          <p className="entry__title">
            <Badge tone={item.decision === 'approve' ? 'success' : 'danger'}>{t(`approvals.decisions.${item.decision}`)}</Badge>{' '}
            <strong>{item.organisationName}</strong> <span className="muted">({t(`organisationTypes.${item.organisationType}`)})</span>
          </p>
          <p className="entry__meta">
            {t('approvals.decidedBy', { name: item.userName, date: formatDateTime(item.createdAt, language), revision: item.revision })}
          </p>
          {item.stale && (
            <p className="entry__meta">
              <Badge tone="neutral">{t('approvals.stale')}</Badge> {t('approvals.staleExplained', { revision: item.revision })}
            </p>
          )}
          {item.note && <p className="entry__body">{item.note}</p>}
        </li>
      ))}
    </ul>
  );
}
