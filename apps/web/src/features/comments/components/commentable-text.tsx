import type { Comment, TextQuoteDto } from '@belong/contracts';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { MarkdownText } from '../../../components/ui/markdown';
import { selectedSourceRange } from '../../../lib/markdown-source';
import { highlightsOf, quoteOf } from './anchors';
import { CommentForm, type CommentFormHandle } from './comment-form';

interface CommentableTextProps {
  sectionId: string;
  /** The section's current Markdown. */
  source: string;
  lang: string;
  comments: readonly Comment[];
  /** The caller may comment now (role and workflow stage); else the text is only read. */
  canComment: boolean;
}

/** The longest excerpt of a selection that the page repeats back. */
const excerptLength = 80;

/**
 * The section's text with the words that open comments quote highlighted. Words selected in it (mouse,
 * touch, or the keyboard with caret browsing) can be quoted in a new comment.
 */
export function CommentableText({ sectionId, source, lang, comments, canComment }: CommentableTextProps) {
  const { t } = useTranslation();
  const textRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<CommentFormHandle>(null);
  const [selection, setSelection] = useState<TextQuoteDto | null>(null);
  const highlights = useMemo(() => highlightsOf(comments, source), [comments, source]);

  useEffect(() => {
    if (!canComment) return;
    const onSelectionChange = () => {
      const root = textRef.current;
      const selected = document.getSelection();
      const range = selected && !selected.isCollapsed && selected.rangeCount > 0 ? selected.getRangeAt(0) : null;
      const stretch = root && range && root.contains(range.commonAncestorContainer) ? selectedSourceRange(root, range, source) : null;
      setSelection(stretch ? quoteOf(source, stretch) : null);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, [canComment, source]);

  const excerpt = selection && selection.exact.length > excerptLength ? `${selection.exact.slice(0, excerptLength)}…` : selection?.exact;

  return (
    <>
      <div ref={textRef} className="section-text">
        {source.trim() ? (
          <MarkdownText source={source} firstHeadingLevel={3} lang={lang} highlights={highlights} />
        ) : (
          <p>{t('sections.noText')}</p>
        )}
      </div>
      {highlights.length > 0 && <p className="muted">{t('comments.highlightLegend')}</p>}
      {canComment && (
        <>
          <div className="selection-tools">
            {selection ? (
              <>
                <p>
                  {t('comments.selected')} <q lang={lang}>{excerpt}</q>
                </p>
                <Button
                  variant="secondary"
                  // Pressing the button must not clear the selection it is about.
                  onMouseDown={(event) => {
                    event.preventDefault();
                  }}
                  onClick={() => {
                    formRef.current?.quote(selection);
                  }}
                >
                  {t('comments.quoteSelection')}
                </Button>
              </>
            ) : (
              <p className="muted">{t('comments.selectHint')}</p>
            )}
          </div>
          <h3>{t('comments.formTitle')}</h3>
          <CommentForm ref={formRef} sectionId={sectionId} source={source} lang={lang} />
        </>
      )}
    </>
  );
}
