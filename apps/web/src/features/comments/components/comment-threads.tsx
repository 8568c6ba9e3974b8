import { createCommentRequest, type Comment } from '@belong/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Disclosure } from '../../../components/ui/disclosure';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { TextAreaField } from '../../../components/ui/textarea-field';
import { errorMessage } from '../../../lib/error-message';
import { useForm } from '../../../lib/use-form';
import { useCreateComment } from '../api/create-comment';
import { useUpdateComment } from '../api/update-comment';
import { CommentEntry } from './comment-entry';

interface CommentThreadsProps {
  sectionId: string;
  comments: Comment[];
  lang: string;
  /** The caller may reply now (role and workflow stage). */
  canReply: boolean;
  /** Says what changed in the page's status region, which outlives the list (a deleted last comment empties it). */
  announce: (message: string) => void;
}

/** The comments as threads: each top-level comment with its replies, resolved and outdated ones marked, none hidden. */
export function CommentThreads({ sectionId, comments, lang, canReply, announce }: CommentThreadsProps) {
  const { t } = useTranslation();
  const update = useUpdateComment(sectionId);
  const [failure, setFailure] = useState<string | null>(null);
  const threads = comments.filter((c) => c.parentId === null);
  const repliesTo = (id: string) => comments.filter((c) => c.parentId === id);

  const toggle = (comment: Comment) => {
    const next = comment.status === 'open' ? 'resolved' : 'open';
    update.mutate(
      { commentId: comment.id, body: { status: next } },
      {
        onSuccess: () => {
          setFailure(null);
          announce(t(next === 'resolved' ? 'comments.resolvedStatus' : 'comments.reopenedStatus', { name: comment.authorName }));
        },
        onError: (error) => {
          setFailure(errorMessage(t, error));
        },
      },
    );
  };

  if (threads.length === 0) return <p>{t('comments.empty')}</p>;
  return (
    <>
      {failure && <Alert tone="error">{failure}</Alert>}
      <ol className="thread-list">
        {threads.map((thread) => (
          <li key={thread.id} className={thread.status === 'resolved' ? 'thread thread--resolved' : 'thread'}>
            <CommentEntry comment={thread} lang={lang} announce={announce} />
            {repliesTo(thread.id).length > 0 && (
              <ol className="reply-list" aria-label={t('comments.repliesTo', { name: thread.authorName })}>
                {repliesTo(thread.id).map((reply) => (
                  <li key={reply.id}>
                    <CommentEntry comment={reply} lang={lang} announce={announce} />
                  </li>
                ))}
              </ol>
            )}
            <div className="thread__actions">
              {thread.can.includes('resolve') && (
                <Button
                  variant="secondary"
                  busy={update.isPending && update.variables.commentId === thread.id}
                  onClick={() => {
                    toggle(thread);
                  }}
                >
                  {thread.status === 'open' ? t('comments.resolve') : t('comments.reopen')}
                </Button>
              )}
              {canReply && (
                <Disclosure label={t('comments.replyTo', { name: thread.authorName })}>
                  {() => <ReplyForm sectionId={sectionId} parent={thread} />}
                </Disclosure>
              )}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}

function ReplyForm({ sectionId, parent }: { sectionId: string; parent: Comment }) {
  const { t } = useTranslation();
  const create = useCreateComment(sectionId);
  const formId = `reply-${parent.id}`;
  const form = useForm(formId, { body: '' });
  const labels = { body: t('comments.reply') };

  const submit = form.onSubmit({
    schema: createCommentRequest,
    toRequest: ({ body }) => ({ body, parentId: parent.id }),
    send: async (request) => {
      await create.mutateAsync(request);
      return t('comments.replied');
    },
  });

  return (
    <form className="form form--wide" noValidate onSubmit={submit} aria-label={t('comments.replyTo', { name: parent.authorName })}>
      <ErrorSummary formId={formId} errors={form.errors} labels={labels} />
      <TextAreaField {...form.fieldProps('body')} label={labels.body} rows={3} />
      <Button type="submit" busy={form.submitting}>
        {t('comments.postReply')}
      </Button>
      <StatusMessage message={form.status} />
    </form>
  );
}
