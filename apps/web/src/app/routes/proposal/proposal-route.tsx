import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert, StatusMessage } from '../../../components/ui/alert';
import { Facts } from '../../../components/ui/facts';
import { PageHeading } from '../../../components/ui/page-heading';
import { Spinner } from '../../../components/ui/spinner';
import { useProposal } from '../../../features/proposals/api/get-proposal';
import { ProposalActions } from '../../../features/proposals/components/proposal-actions';
import { ProposalDetails } from '../../../features/proposals/components/proposal-details';
import { ProposalOutcomes } from '../../../features/proposals/components/proposal-outcomes';
import { ProposalStatusBadge } from '../../../features/proposals/components/proposal-status-badge';
import { ReviewForm } from '../../../features/proposals/components/review-form';
import { useStrategy } from '../../../features/strategies/api/get-strategy';
import { formatDateTime } from '../../../lib/display-names';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render';
import { UnavailablePage } from '../unavailable-page';
import { SuggestedText } from './suggested-text';

/** One proposal: what it asks, its state and answer; endorse, withdraw or (coordinators) review and decide it. */
export function ProposalRoute() {
  const { t, i18n } = useTranslation();
  const { proposalId = '' } = useParams();
  const proposal = useProposal(proposalId);
  const strategyId = proposal.data?.strategyId ?? '';
  const strategy = useStrategy(strategyId, { enabled: Boolean(strategyId) });
  const language = i18n.resolvedLanguage ?? 'en';
  const [status, setStatus] = useState<string | null>(null);
  const focusAfterRender = useFocusAfterRender();
  const announce = (message: string) => {
    setStatus(message);
    // When the pressed control went with the proposal's old state, the focus goes to the answer or the heading.
    focusAfterRender(() => {
      if (document.activeElement && document.activeElement !== document.body) return;
      (document.getElementById('answer-title') ?? document.querySelector<HTMLElement>('main h1'))?.focus();
    });
  };

  if (proposal.isPending) return <Spinner label={t('common.loading')} />;
  if (proposal.isError)
    return <UnavailablePage title={t('proposal.unavailable')} notFound={t('proposal.notFound')} error={proposal.error} />;
  const p = proposal.data;
  const lang = strategy.data?.language;
  const section = strategy.data?.sections.find((s) => s.id === p.sectionId);
  const decided = p.answer !== null;

  return (
    <>
      <p className="back-link">
        {strategy.data ? (
          <Link to={`/strategies/${strategy.data.id}/proposals`}>{t('proposal.backToProposals')}</Link>
        ) : (
          <Link to={`/regions/${p.regionId}`}>{t('strategy.backToRegion')}</Link>
        )}
      </p>
      <PageHeading lang={lang}>{p.title}</PageHeading>
      <Facts
        facts={[
          { term: t('proposals.status'), value: <ProposalStatusBadge status={p.status} /> },
          { term: t('proposals.organisation'), value: p.organisationName ?? t('common.none') },
          { term: t('proposals.author'), value: p.authorName },
          { term: t('proposals.sent'), value: formatDateTime(p.createdAt, language) },
          { term: t('proposals.endorsements'), value: t('proposals.endorsementCount', { count: p.endorsements }) },
          {
            term: t('proposals.section'),
            value: section ? (
              <Link to={`/sections/${section.id}`} lang={lang}>
                {section.heading}
              </Link>
            ) : (
              t('proposals.noSection')
            ),
          },
        ]}
      />
      <StatusMessage message={status} />
      {decided && (
        <section aria-labelledby="answer-title" className="panel answer">
          <h2 id="answer-title" tabIndex={-1} className="focus-target">
            {t('proposal.answerTitle')}
          </h2>
          <p>
            <ProposalStatusBadge status={p.status} />
          </p>
          <p className="answer__text">{p.answer}</p>
        </section>
      )}
      <ProposalActions proposal={p} onDone={announce} />
      <section aria-labelledby="proposal-text-title" className="section">
        <h2 id="proposal-text-title">{t('proposal.textTitle')}</h2>
        <ProposalDetails proposal={p} lang={lang} />
      </section>
      {p.suggestedText !== null && (
        <section aria-labelledby="suggested-title" className="section">
          <h2 id="suggested-title">{t('proposals.suggestedText')}</h2>
          <SuggestedText proposal={{ ...p, suggestedText: p.suggestedText }} currentRevision={section?.revision} lang={lang} />
        </section>
      )}
      <section aria-labelledby="outcomes-title" className="section">
        <h2 id="outcomes-title">{t('proposal.outcomesTitle')}</h2>
        <ProposalOutcomes proposal={p} lang={lang} />
      </section>
      {p.can.includes('review') && p.status === 'under_review' && (
        <section aria-labelledby="review-title" className="section">
          <h2 id="review-title">{t('review.formTitle')}</h2>
          <ReviewForm proposal={p} onDecided={announce} />
        </section>
      )}
      {p.can.includes('review') && p.status === 'submitted' && <Alert tone="info">{t('review.startFirst')}</Alert>}
    </>
  );
}
