import type { DiffChunk } from '@belong/domain';
import { useTranslation } from 'react-i18next';

interface WordDiffViewProps {
  changes: readonly DiffChunk[];
  /** The language of the compared text. */
  lang?: string;
  /** Says how changes are marked; off where the surrounding text says it in its own words. */
  legend?: boolean;
}

/**
 * Added and removed words, marked with <ins> and <del>: underlined and struck through as well as coloured,
 * and announced by screen readers, which say nothing of those elements by default, through hidden words.
 */
export function WordDiffView({ changes, lang, legend = true }: WordDiffViewProps) {
  const { t } = useTranslation();
  return (
    <>
      {legend && <p className="muted">{t('diff.legend')}</p>}
      <div className="word-diff" lang={lang}>
        {changes.map((change, index) => {
          switch (change.op) {
            case 'equal':
              return <span key={index}>{change.text}</span>;
            case 'insert':
              return <Change key={index} tag="ins" text={change.text} start={t('diff.insertedStart')} end={t('diff.insertedEnd')} />;
            case 'delete':
              return <Change key={index} tag="del" text={change.text} start={t('diff.deletedStart')} end={t('diff.deletedEnd')} />;
          }
        })}
      </div>
    </>
  );
}

/** Changed words, with hidden words around them that say what happened (in the interface language). */
function Change({ tag: Tag, text, start, end }: { tag: 'ins' | 'del'; text: string; start: string; end: string }) {
  const { i18n } = useTranslation();
  const ui = i18n.resolvedLanguage ?? 'en';
  return (
    <Tag>
      <span className="visually-hidden" lang={ui}>
        {start}
      </span>
      {text}
      <span className="visually-hidden" lang={ui}>
        {end}
      </span>
    </Tag>
  );
}
