import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, type Params } from 'react-router';
import { StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { PagedList } from '../../../components/ui/paged-list';
import { Spinner } from '../../../components/ui/spinner';
import { ApprovalsPanel } from '../../../features/approvals/components/approvals-panel';
import { commentsQueryOptions, useComments } from '../../../features/comments/api/get-comments';
import { CommentThreads } from '../../../features/comments/components/comment-threads';
import { CommentableText } from '../../../features/comments/components/commentable-text';
import { sectionQueryOptions, useSection } from '../../../features/sections/api/get-section';
import { EditSectionForm } from '../../../features/sections/components/edit-section-form';
import { RevisionHistory } from '../../../features/sections/components/revision-history';
import { TranslationsPanel } from '../../../features/translations/components/translations-panel';
import { allItems } from '../../../lib/pagination';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render';
import { queryClient } from '../../query-client';
import { UnavailablePage } from '../unavailable-page';
import { SectionFacts } from './section-facts';
import { SectionNavigation } from './section-navigation';

/** When the app opens on a section: the section and its comments are asked for while the app's first requests load. */
export async function prefetchSectionPage({ sectionId = '' }: Params): Promise<void> {
  await Promise.all([
    queryClient.prefetchQuery(sectionQueryOptions(sectionId)),
    queryClient.prefetchInfiniteQuery(commentsQueryOptions(sectionId)),
  ]);
}

/**
 * One section: its text (to quote from in comments, or to edit), its approval by the organisations, its
 * comments as threads and its revision history with word diffs.
 */
export function SectionRoute() {
  const { t } = useTranslation();
  const { sectionId = '' } = useParams();
  const section = useSection(sectionId);
  const comments = useComments(sectionId);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [commentStatus, setCommentStatus] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();

  const unavailable = (error: unknown) => (
    <UnavailablePage title={t('section.unavailable')} notFound={t('section.notFound')} error={error} />
  );
  if (section.isError) return unavailable(section.error);
  if (section.isPending) return <Spinner label={t('common.loading')} />;
  const s = section.data;
  const { language } = s.strategy;
  const mayComment = s.can.includes('comment');
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
        <Link to={`/strategies/${s.strategy.id}`} lang={language}>
          {s.strategy.title}
        </Link>
      </p>
      <PageHeading lang={language}>{s.heading}</PageHeading>
      <SectionFacts section={s} />

      <section aria-labelledby="text-title" className="section section--first">
        <h2 id="text-title">{t('section.text', { revision: s.revision })}</h2>
        <StatusMessage message={status} />
        {editing ? (
          <EditSectionForm section={s} lang={language} onDone={finishEditing} />
        ) : (
          <>
            {s.can.includes('edit') && (
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
            {!s.can.includes('comment') && <p className="muted">{t('section.feedbackClosed')}</p>}
          </>
        )}
      </section>

      <section aria-labelledby="approval-title" className="section">
        <h2 id="approval-title">{t('approvals.title')}</h2>
        <ApprovalsPanel sectionId={s.id} revision={s.revision} canDecide={s.can.includes('approve')} />
      </section>

      <section aria-labelledby="comments-title" className="section">
        <h2 id="comments-title">{t('comments.title', { count: s.openComments })}</h2>
        <StatusMessage message={commentStatus} />
        <PagedList query={comments} empty={t('comments.empty')}>
          {(loaded) => (
            <CommentThreads sectionId={s.id} comments={loaded} lang={language} canReply={mayComment} announce={setCommentStatus} />
          )}
        </PagedList>
      </section>

      <section aria-labelledby="translations-title" className="section">
        <h2 id="translations-title">{t('translations.title')}</h2>
        <TranslationsPanel section={s} />
      </section>

      <section aria-labelledby="revisions-title" className="section">
        <h2 id="revisions-title">{t('revisions.title')}</h2>
        <RevisionHistory sectionId={s.id} latest={s.revision} lang={language} />
      </section>

      <SectionNavigation section={s} />
    </>
  );
}
