import { takesFeedback, textFrozen } from '@belong/domain';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { PagedList } from '../../../components/ui/paged-list';
import { Spinner } from '../../../components/ui/spinner';
import { ApprovalsPanel } from '../../../features/approvals/components/approvals-panel';
import { useMe } from '../../../features/auth/api/get-me';
import { useComments } from '../../../features/comments/api/get-comments';
import { CommentThreads } from '../../../features/comments/components/comment-threads';
import { CommentableText } from '../../../features/comments/components/commentable-text';
import { useOrganisations } from '../../../features/organisations/api/get-organisations';
import { useSection } from '../../../features/sections/api/get-section';
import { EditSectionForm } from '../../../features/sections/components/edit-section-form';
import { RevisionHistory } from '../../../features/sections/components/revision-history';
import { useStrategy } from '../../../features/strategies/api/get-strategy';
import { canComment, canManageRegion, isSignatory } from '../../../lib/authorization';
import { allItems } from '../../../lib/pagination';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render';
import { UnavailablePage } from '../unavailable-page';
import { SectionFacts } from './section-facts';
import { SectionNavigation } from './section-navigation';

/**
 * One section: its text (to quote from in comments, or to edit), its approval by the organisations, its
 * comments as threads and its revision history with word diffs.
 */
export function SectionRoute() {
  const { t } = useTranslation();
  const { sectionId = '' } = useParams();
  const section = useSection(sectionId);
  const strategy = useStrategy(section.data?.strategyId ?? '', { enabled: Boolean(section.data) });
  const comments = useComments(sectionId);
  const me = useMe();
  const organisations = useOrganisations(strategy.data?.regionId ?? '', { enabled: Boolean(strategy.data) });
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();

  const unavailable = (error: unknown) => (
    <UnavailablePage title={t('section.unavailable')} notFound={t('section.notFound')} error={error} />
  );
  if (section.isError) return unavailable(section.error);
  if (strategy.isError) return unavailable(strategy.error);
  if (section.isPending || strategy.isPending) return <Spinner label={t('common.loading')} />;
  const s = section.data;
  const { regionId, language, status: stage } = strategy.data;
  const feedbackOpen = takesFeedback(stage);
  const coordinator = canManageRegion(me.data, regionId);
  const mayComment = feedbackOpen && canComment(me.data, regionId);
  const items = allItems(comments.data);

  const finishEditing = (message: string | null) => {
    setEditing(false);
    setStatus(message);
    // The form is gone: the focus goes back to the button that opened it.
    focusAfterRender(() => editButton.current?.focus());
  };

  return (
    <>
      <p className="back-link">
        <Link to={`/strategies/${strategy.data.id}`} lang={language}>
          {strategy.data.title}
        </Link>
      </p>
      <PageHeading lang={language}>{s.heading}</PageHeading>
      <SectionFacts section={s} count={strategy.data.sections.length} />

      <section aria-labelledby="text-title" className="section section--first">
        <h2 id="text-title">{t('section.text', { revision: s.revision })}</h2>
        <StatusMessage message={status} />
        {editing ? (
          <EditSectionForm section={s} lang={language} onDone={finishEditing} />
        ) : (
          <>
            {coordinator && !textFrozen(stage) && (
              <Button
                ref={editButton}
                variant="secondary"
                onClick={() => {
                  setStatus(null);
                  setEditing(true);
                }}
              >
                {t('sections.edit')}
              </Button>
            )}
            <CommentableText sectionId={s.id} source={s.body} lang={language} comments={items} canComment={mayComment} />
            {!feedbackOpen && <p className="muted">{t('section.feedbackClosed')}</p>}
          </>
        )}
      </section>

      <section aria-labelledby="approval-title" className="section">
        <h2 id="approval-title">{t('approvals.title')}</h2>
        <ApprovalsPanel sectionId={s.id} canDecide={feedbackOpen && isSignatory(me.data, regionId)} />
      </section>

      <section aria-labelledby="comments-title" className="section">
        <h2 id="comments-title">{t('comments.title', { count: s.openComments })}</h2>
        <PagedList query={comments} empty={t('comments.empty')}>
          {(loaded) => (
            <CommentThreads
              sectionId={s.id}
              comments={loaded}
              lang={language}
              canReply={mayComment}
              canResolve={(comment) => coordinator || comment.authorId === me.data?.id}
            />
          )}
        </PagedList>
      </section>

      <section aria-labelledby="revisions-title" className="section">
        <h2 id="revisions-title">{t('revisions.title')}</h2>
        <RevisionHistory
          sectionId={s.id}
          lang={language}
          organisationName={(id) => allItems(organisations.data).find((o) => o.id === id)?.name}
        />
      </section>

      <SectionNavigation strategy={strategy.data} current={s.id} />
    </>
  );
}
