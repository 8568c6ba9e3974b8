import type { Proposal } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../lib/error-message';
import { useProposalOutcomes } from '../api/get-proposal-outcomes';

/** Who endorsed the proposal, and the recommendations built from it with the authority's answer to each. */
export function ProposalOutcomes({ proposal, lang }: { proposal: Proposal; lang?: string }) {
  const { t } = useTranslation();
  const outcomes = useProposalOutcomes(proposal.id);
  return (
    <>
      <h3>{t('proposal.endorsedByTitle')}</h3>
      {proposal.endorsedBy.length > 0 ? (
        <ul>
          {proposal.endorsedBy.map((e) => (
            <li key={e.organisationId}>{e.organisationName}</li>
          ))}
        </ul>
      ) : (
        <p>{t('proposal.endorsedByNone')}</p>
      )}
      <h3>{t('proposal.ledToTitle')}</h3>
      {outcomes.isPending && <Spinner label={t('common.loading')} />}
      {outcomes.isError && <Alert tone="error">{errorMessage(t, outcomes.error)}</Alert>}
      {outcomes.data &&
        (outcomes.data.items.length > 0 ? (
          <ul className="entry-list">
            {outcomes.data.items.map((r) => (
              <li key={r.id} className="entry">
                <p className="entry__title">
                  <Link to={`/strategies/${r.strategyId}/recommendations#recommendation-${r.id}`} lang={lang}>
                    {r.title}
                  </Link>
                </p>
                <p className="entry__meta">
                  {r.response ? (
                    <>
                      <Badge tone="success">{t(`responseDecisions.${r.response.decision}`)}</Badge>{' '}
                      {t('proposal.answeredBy', { name: r.response.officialName })}
                    </>
                  ) : (
                    t(r.status === 'submitted' ? 'proposal.awaitingAnswer' : 'proposal.notYetSubmitted')
                  )}
                </p>
                {r.response && <p className="entry__body">{r.response.answer}</p>}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('proposal.ledToNone')}</p>
        ))}
    </>
  );
}
