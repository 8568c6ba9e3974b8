import { createCommentRequest, type TextQuoteDto } from '@belong/contracts';
import { locateQuote } from '@belong/domain';
import { useImperativeHandle, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { TextAreaField } from '../../../components/ui/textarea-field';
import { TextField } from '../../../components/ui/text-field';
import { useForm } from '../../../lib/use-form';
import { useCreateComment } from '../api/create-comment';

export interface CommentFormHandle {
  /** Puts words selected in the text into the form as its quote, and moves the focus to the comment. */
  quote: (anchor: TextQuoteDto) => void;
}

interface CommentFormProps {
  sectionId: string;
  /** The section's Markdown, which a quote must be part of. */
  source: string;
  lang: string;
  ref?: Ref<CommentFormHandle>;
}

const formId = 'comment';

/**
 * A new comment on the section, on quoted words or on the whole. Words selected in the text come with
 * their surroundings (so that the right occurrence is meant); typed ones are looked up in the text.
 */
export function CommentForm({ sectionId, source, lang, ref }: CommentFormProps) {
  const { t } = useTranslation();
  const create = useCreateComment(sectionId);
  const form = useForm(formId, { anchor: '', body: '' });
  const [selected, setSelected] = useState<TextQuoteDto | null>(null);
  const labels = { anchor: t('comments.quote'), body: t('comments.body') };

  useImperativeHandle(ref, () => ({
    quote: (anchor) => {
      setSelected(anchor);
      form.set('anchor', anchor.exact);
      document.getElementById(`${formId}-body`)?.focus();
    },
  }));

  const schema = createCommentRequest.refine((request) => !request.anchor || locateQuote(request.anchor, source) !== -1, {
    path: ['anchor'],
  });

  const submit = form.onSubmit({
    schema,
    toRequest: ({ anchor, body }) => {
      const exact = anchor.trim();
      const quote = selected?.exact === exact ? selected : exact ? { exact } : undefined;
      return { body, anchor: quote };
    },
    send: async (request) => {
      await create.mutateAsync(request);
      setSelected(null);
      return t('comments.posted');
    },
  });

  return (
    <form className="form form--wide" noValidate onSubmit={submit} aria-label={t('comments.formTitle')}>
      <ErrorSummary formId={formId} errors={form.errors} labels={labels} />
      <TextField {...form.fieldProps('anchor')} label={t('comments.quoteOptional')} hint={t('comments.quoteHint')} lang={lang} />
      <TextAreaField {...form.fieldProps('body')} label={labels.body} rows={4} />
      <Button type="submit" busy={form.submitting}>
        {t('comments.post')}
      </Button>
      <StatusMessage message={form.status} />
    </form>
  );
}
