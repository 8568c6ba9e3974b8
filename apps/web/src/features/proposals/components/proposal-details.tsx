import type { Proposal } from '@belong/contracts';
import { useTranslation } from 'react-i18next';

/** What the proposal says: the problem, the proposal, its expected impact and whom it is for. */
export function ProposalDetails({ proposal, lang }: { proposal: Proposal; lang?: string }) {
  const { t } = useTranslation();
  return (
    <dl className="proposal-text">
      <dt>{t('proposals.problem')}</dt>
      <dd lang={lang}>{proposal.problem}</dd>
      <dt>{t('proposals.proposal')}</dt>
      <dd lang={lang}>{proposal.proposal}</dd>
      {proposal.expectedImpact && (
        <>
          <dt>{t('proposals.expectedImpact')}</dt>
          <dd lang={lang}>{proposal.expectedImpact}</dd>
        </>
      )}
      {proposal.targetGroups.length > 0 && (
        <>
          <dt>{t('proposals.targetGroups')}</dt>
          <dd>
            <ul className="tag-list" lang={lang}>
              {proposal.targetGroups.map((group) => (
                <li key={group}>{group}</li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}
