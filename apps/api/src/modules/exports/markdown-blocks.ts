import { lexer, type Token, type Tokens } from 'marked';

/** A run of text with one style. */
export interface Span {
  text: string;
  bold?: true;
  italic?: true;
  code?: true;
  strike?: true;
  /** Only http(s) and mailto targets; others are dropped, their text kept. */
  href?: string;
}

/** Section text as the PDF and DOCX writers draw it: what Markdown means, never raw HTML. */
export type Block =
  | { kind: 'heading'; level: number; spans: Span[] }
  | { kind: 'paragraph'; spans: Span[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { kind: 'table'; head: Span[][]; rows: Span[][][] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'code'; text: string }
  | { kind: 'rule' };

type Style = Omit<Span, 'text'>;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The entities a writer might type; the lexer leaves them as they are. */
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return entities[name.toLowerCase()] ?? whole;
  });
}

function safeHref(href: string): string | undefined {
  return /^(https?:|mailto:)/i.test(href.trim()) ? href.trim() : undefined;
}

function inline(tokens: Token[] | undefined, style: Style, out: Span[] = []): Span[] {
  for (const token of (tokens ?? []) as Array<Tokens.Generic>) {
    switch (token.type) {
      case 'strong':
        inline(token.tokens, { ...style, bold: true }, out);
        break;
      case 'em':
        inline(token.tokens, { ...style, italic: true }, out);
        break;
      case 'del':
        inline(token.tokens, { ...style, strike: true }, out);
        break;
      case 'codespan':
        out.push({ ...style, code: true, text: decode((token as Tokens.Codespan).text) });
        break;
      case 'link': {
        const href = safeHref((token as Tokens.Link).href);
        inline(token.tokens, href ? { ...style, href } : style, out);
        break;
      }
      case 'image':
        out.push({ ...style, text: (token as Tokens.Image).text });
        break;
      case 'br':
        out.push({ ...style, text: '\n' });
        break;
      case 'text':
        if (token.tokens) inline(token.tokens, style, out);
        else out.push({ ...style, text: decode((token as Tokens.Text).text).replace(/\s*\n\s*/g, ' ') });
        break;
      // Raw HTML and escapes show as the text they are.
      default:
        out.push({ ...style, text: typeof token.text === 'string' ? token.text : token.raw });
    }
  }
  return merge(out);
}

/** Neighbouring runs of the same style as one, so that a writer draws whole words. */
function merge(spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && last.text !== '\n' && span.text !== '\n' && sameStyle(last, span)) last.text += span.text;
    else merged.push({ ...span });
  }
  return merged;
}

function sameStyle(a: Span, b: Span): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.code === b.code && a.strike === b.strike && a.href === b.href;
}

function blocks(tokens: Token[]): Block[] {
  const out: Block[] = [];
  for (const token of tokens as Array<Tokens.Generic>) {
    switch (token.type) {
      case 'heading':
        out.push({ kind: 'heading', level: (token as Tokens.Heading).depth, spans: inline(token.tokens, {}) });
        break;
      case 'paragraph':
      case 'text':
        out.push({ kind: 'paragraph', spans: inline(token.tokens ?? [{ type: 'text', raw: token.raw, text: token.raw }], {}) });
        break;
      case 'list': {
        const list = token as Tokens.List;
        out.push({
          kind: 'list',
          ordered: list.ordered,
          start: list.start === '' ? 1 : list.start,
          items: list.items.map((i) => blocks(i.tokens)),
        });
        break;
      }
      case 'table': {
        const table = token as Tokens.Table;
        out.push({
          kind: 'table',
          head: table.header.map((c) => inline(c.tokens, {})),
          rows: table.rows.map((r) => r.map((c) => inline(c.tokens, {}))),
        });
        break;
      }
      case 'blockquote':
        out.push({ kind: 'quote', blocks: blocks(token.tokens ?? []) });
        break;
      case 'code':
        out.push({ kind: 'code', text: (token as Tokens.Code).text });
        break;
      case 'hr':
        out.push({ kind: 'rule' });
        break;
      case 'html':
        out.push({ kind: 'paragraph', spans: [{ text: token.raw.trim() }] });
        break;
      // Blank lines and link definitions draw nothing.
      default:
        break;
    }
  }
  return out;
}

/** Markdown (CommonMark with GitHub tables) as blocks. */
export function markdownBlocks(source: string): Block[] {
  return blocks(lexer(source, { gfm: true }));
}

/** The text of a run of spans, for a place that takes no styling. */
export function plain(spans: Span[]): string {
  return spans.map((s) => s.text).join('');
}
