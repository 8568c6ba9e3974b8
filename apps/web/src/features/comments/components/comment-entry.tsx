import { updateCommentRequest, type Comment } from '@belong/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { TextAreaField } from '../../../components/ui/textarea-field';
import { formatDateTime } from '../../../lib/display-names';
import { errorMessage } from '../../../lib/error-message';
import { useForm } from '../../../lib/use-form';
import { useDeleteComment } from '../api/delete-comment';
import { useUpdateComment } from '../api/update-comment';

interface CommentEntryProps {
  comment: Comment;
  lang: string;
  /** Says what happened where the thread list announces it: a deleted comment takes its own controls with it. */
  announce: (message: string) => void;
}

/** One comment, and the changes its author may make to it now (the API says which, in `can`). */
export function CommentEntry({ comment, lang, announce }: CommentEntryProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const date = formatDateTime(comment.createdAt, i18n.resolvedLanguage ?? 'en');
  return (
    <article className="comment" aria-label={t('comments.by', { name: comment.authorName })}>
      <p className="comment__meta">
        <strong>{comment.authorName}</strong>
        {comment.organisationName && <span className="muted"> · {comment.organisationName}</span>}
        <span className="muted"> · {t('comments.when', { date, revision: comment.revision })}</span>
        {comment.editedAt && <span className="muted"> · {t('comments.edited')}</span>}
      </p>
      {(comment.status === 'resolved' || comment.outdated) && (
        <p className="comment__badges">
          {comment.status === 'resolved' && <Badge tone="success">{t('comments.resolved')}</Badge>}
          {comment.outdated && <Badge tone="neutral">{t('comments.outdated')}</Badge>}
        </p>
      )}
      {comment.anchor && (
        <figure className={comment.outdated ? 'comment__quote comment__quote--outdated' : 'comment__quote'}>
          <blockquote lang={lang}>{comment.anchor.exact}</blockquote>
          <figcaption className="muted">{comment.outdated ? t('comments.quoteOutdated') : t('comments.quoteCurrent')}</figcaption>
        </figure>
      )}
      {editing ? (
        <EditCommentForm
          comment={comment}
          onDone={() => {
            setEditing(false);
          }}
        />
      ) : (
        <p className="comment__body">{comment.body}</p>
      )}
      {!editing && (comment.can.includes('edit') || comment.can.includes('delete')) && (
        <OwnCommentActions
          comment={comment}
          announce={announce}
          onEdit={() => {
            setEditing(true);
          }}
        />
      )}
    </article>
  );
}

function EditCommentForm({ comment, onDone }: { comment: Comment; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateComment(comment.sectionId);
  const formId = `edit-comment-${comment.id}`;
  const form = useForm(formId, { body: comment.body });
  const labels = { body: t('comments.yourComment') };
  const submit = form.onSubmit({
    schema: updateCommentRequest,
    toRequest: ({ body }) => ({ body }),
    send: async (request) => {
      await update.mutateAsync({ commentId: comment.id, body: request });
      onDone();
      return null;
    },
    keepValues: true,
  });
  return (
    <form className="form form--wide" noValidate onSubmit={submit} aria-label={t('comments.editTitle')}>
      <ErrorSummary formId={formId} errors={form.errors} labels={labels} />
      <TextAreaField {...form.fieldProps('body')} label={labels.body} rows={3} />
      <div className="actions">
        <Button type="submit" busy={form.submitting}>
          {t('comments.saveEdit')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

function OwnCommentActions({ comment, onEdit, announce }: { comment: Comment; onEdit: () => void; announce: (message: string) => void }) {
  const { t } = useTranslation();
  const remove = useDeleteComment(comment.sectionId);
  return (
    <div className="actions">
      {remove.isError && <Alert tone="error">{errorMessage(t, remove.error)}</Alert>}
      {comment.can.includes('edit') && (
        <Button variant="secondary" onClick={onEdit}>
          {t('comments.edit')}
        </Button>
      )}
      {comment.can.includes('delete') && (
        <ConfirmButton
          label={t('comments.delete')}
          title={t('comments.deleteTitle')}
          message={t('comments.deleteMessage')}
          busy={remove.isPending}
          onConfirm={(close) => {
            // Not mutate's callbacks: they are dropped when the entry unmounts with its comment, before they run.
            remove
              .mutateAsync(comment.id)
              .then(() => {
                announce(t('comments.deleted'));
              })
              .catch(() => undefined) // shown by remove.isError
              .finally(close);
          }}
        />
      )}
    </div>
  );
}
