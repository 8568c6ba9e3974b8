import type { Proposal } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/display-names';
import { ProposalStatusBadge } from './proposal-status-badge';

interface ProposalsListProps {
  proposals: Proposal[];
  /** The language proposals are written in, when it differs from the interface's. */
  lang?: string;
  /** Names the list for assistive technology, e.g. "Your organisation's proposals". */
  label: string;
}

/** Proposals as entries: title, state, who sent it, endorsements and, once decided, the coordinator's answer. */
export function ProposalsList({ proposals, lang, label }: ProposalsListProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <ul className="entry-list" aria-label={label}>
      {proposals.map((p) => (
        <li key={p.id} className="entry">
          <p className="entry__title">
            <ProposalStatusBadge status={p.status} />{' '}
            <Link to={`/proposals/${p.id}`} lang={lang}>
              {p.title}
            </Link>
          </p>
          <p className="entry__meta">
            {t('proposals.sentBy', {
              organisation: p.organisationName ?? p.authorName,
              date: formatDateTime(p.createdAt, language),
            })}{' '}
            · {t('proposals.endorsementCount', { count: p.endorsements })}
          </p>
          {p.answer && (
            <p className="entry__body">
              <strong>{t('proposals.answer')}:</strong> <span lang={lang}>{p.answer}</span>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
