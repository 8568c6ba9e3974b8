import type { Proposal } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { MarkdownText } from '../../../components/ui/markdown';
import { Spinner } from '../../../components/ui/spinner';
import { useProposalDiff } from '../../../features/proposals/api/get-proposal-diff';
import { WordDiffView } from '../../../features/sections/components/word-diff-view';
import { errorMessage } from '../../../lib/error-message';

interface SuggestedTextProps {
  proposal: Proposal & { suggestedText: string };
  /** The section's current revision, which the diff is taken against. */
  currentRevision: number | undefined;
  lang?: string;
}

/**
 * The suggested text, and what it would change in the section's text as it is today: a proposal written
 * against an earlier revision is marked stale, and its diff is still against today's text.
 */
export function SuggestedText({ proposal, currentRevision, lang }: SuggestedTextProps) {
  const { t } = useTranslation();
  const diff = useProposalDiff(proposal.id, { enabled: proposal.sectionId !== null && proposal.appliedRevision === null });
  return (
    <>
      {proposal.appliedRevision !== null ? (
        <Alert tone="success">{t('proposals.applied', { revision: proposal.appliedRevision })}</Alert>
      ) : (
        <>
          {proposal.stale && (
            <p>
              <Badge tone="warning">{t('proposals.stale')}</Badge>{' '}
              {t('proposals.staleExplained', { based: proposal.basedOnRevision ?? '?', current: currentRevision ?? '?' })}
            </p>
          )}
          <h3>{t('proposals.diffTitle', { revision: currentRevision ?? '?' })}</h3>
          {diff.isPending && <Spinner label={t('common.loading')} />}
          {diff.isError && <Alert tone="error">{errorMessage(t, diff.error)}</Alert>}
          {diff.data && <WordDiffView changes={diff.data.changes} lang={lang} />}
        </>
      )}
      <h3>{t('proposals.suggestedTextTitle')}</h3>
      <div className="section-text">
        <MarkdownText source={proposal.suggestedText} firstHeadingLevel={4} lang={lang} />
      </div>
    </>
  );
}
