import { memo, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { rehypeSourceOffsets, type SourceRange } from '../../lib/markdown-source';

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
const headingTags: HeadingTag[] = ['h2', 'h3', 'h4', 'h5', 'h6'];

export interface MarkdownTextProps {
  source: string;
  /** The level a `#` heading of the text gets, so that the text's headings fit under the page's. */
  firstHeadingLevel: 2 | 3 | 4;
  /** The language the text is written in, when it differs from the interface's. */
  lang?: string;
  highlights?: readonly SourceRange[];
}

function headings(first: number): Components {
  const tag = (level: number): HeadingTag => headingTags[Math.min(first + level - 1, 6) - 2]!;
  return { h1: tag(1), h2: tag(2), h3: tag(3), h4: tag(4), h5: tag(5), h6: tag(6) };
}

function ScrollableTable(props: ComponentProps<'table'>) {
  const { t } = useTranslation();
  // A wide table scrolls on its own rather than the page; the region can be scrolled with the keyboard.
  return (
    <div className="markdown__table" role="region" aria-label={t('markdown.table')} tabIndex={0}>
      <table {...props} />
    </div>
  );
}

/**
 * Section text, written in Markdown: headings, lists, emphasis, links and tables. Raw HTML is never
 * rendered (it shows as text) and unsafe link targets are dropped. Each text piece carries its source
 * offset, for quoting a selection (see markdown-source.ts). Pages use it through MarkdownText (markdown.tsx),
 * which fetches this module's code beside the page's.
 */
export const MarkdownRenderer = memo(function MarkdownRenderer({ source, firstHeadingLevel, lang, highlights }: MarkdownTextProps) {
  return (
    <div className="markdown" lang={lang}>
      <Markdown
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[[rehypeSourceOffsets, { source, highlights }]]}
        components={{ ...headings(firstHeadingLevel), table: ScrollableTable }}
      >
        {source}
      </Markdown>
    </div>
  );
});
