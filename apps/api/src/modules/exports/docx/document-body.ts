import type { DocumentAnswer, StrategyDocument } from '@belong/contracts';
import {
  annexTitle,
  answerParts,
  answersById,
  contents,
  outcomesTable,
  participationTable,
  participationTitle,
  recommendationTitle,
  sectionLanguage,
  sectionMeta,
  sectionTitle,
  signOffTable,
  sourceLines,
  titleFacts,
  versionName,
  type Recommendation,
  type Section,
  type TextTable,
} from '../document-parts';
import type { DocumentLabels } from '../labels';
import { markdownBlocks, plain, type Block, type Span } from '../markdown-blocks';
import { sectionProperties } from './package-parts';
import { accent, codeFont, esc, muted, ns, textWidth } from './xml';

interface RunStyle {
  style?: string;
  font?: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  color?: string;
  size?: number;
  lang?: string;
}

interface ParagraphStyle {
  style?: string;
  pageBreakBefore?: boolean;
  numbering?: { id: number; level: number };
  rule?: boolean;
  spacing?: { before?: number; after?: number };
  indent?: number;
}

/** A run of text: line breaks and tabs as Word's own, the rest escaped. */
function run(text: string, s: RunStyle = {}): string {
  const props =
    (s.style ? `<w:rStyle w:val="${s.style}"/>` : '') +
    (s.font ? `<w:rFonts w:ascii="${s.font}" w:hAnsi="${s.font}" w:cs="${s.font}"/>` : '') +
    (s.bold ? '<w:b/><w:bCs/>' : '') +
    (s.italic ? '<w:i/><w:iCs/>' : '') +
    (s.strike ? '<w:strike/>' : '') +
    (s.color ? `<w:color w:val="${s.color}"/>` : '') +
    (s.size ? `<w:sz w:val="${s.size}"/><w:szCs w:val="${s.size}"/>` : '') +
    (s.lang ? `<w:lang w:val="${esc(s.lang)}"/>` : '');
  const content = text
    .split('\n')
    .map((line) =>
      line
        .split('\t')
        .map((piece) => `<w:t xml:space="preserve">${esc(piece)}</w:t>`)
        .join('<w:tab/>'),
    )
    .join('<w:br/>');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${content}</w:r>`;
}

function paragraph(runs: string, p: ParagraphStyle = {}): string {
  const spacing = p.spacing
    ? `<w:spacing${p.spacing.before === undefined ? '' : ` w:before="${p.spacing.before}"`}${p.spacing.after === undefined ? '' : ` w:after="${p.spacing.after}"`}/>`
    : '';
  const props =
    (p.style ? `<w:pStyle w:val="${p.style}"/>` : '') +
    (p.pageBreakBefore ? '<w:pageBreakBefore/>' : '') +
    (p.numbering ? `<w:numPr><w:ilvl w:val="${p.numbering.level}"/><w:numId w:val="${p.numbering.id}"/></w:numPr>` : '') +
    (p.rule ? '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>' : '') +
    spacing +
    (p.indent ? `<w:ind w:left="${p.indent}"/>` : '');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs}</w:p>`;
}

const heading = (level: number, runs: string, pageBreakBefore = false) =>
  paragraph(runs, { style: `Heading${Math.min(Math.max(level, 1), 6)}`, pageBreakBefore });

/**
 * The body of the consolidated strategy (word/document.xml), written piece by piece: each section and each
 * recommendation is one piece, so that the whole body is never held at once. What it refers to (the targets
 * of links, the numbered lists) is collected on the way for the parts written after it.
 */
export class DocumentBody {
  /** Link targets and their relationship ids. */
  readonly links = new Map<string, string>();
  /** Each numbered list: its level and its first number; list `i` is w:numId `i + 2`. */
  readonly numberedLists: Array<{ level: number; start: number }> = [];
  private quoteDepth = 0;
  private listIndent = 0;
  /** Whether the last thing written is a table: Word joins two tables that meet. */
  private afterTable = false;
  /** The language of the text being written, where it is not the document's. */
  private textLang: string | undefined;
  private readonly answerOf: Map<string, DocumentAnswer>;
  constructor(
    private readonly doc: StrategyDocument,
    answers: DocumentAnswer[],
    private readonly checksum: string,
    private readonly l: DocumentLabels,
  ) {
    this.answerOf = answersById(answers);
  }

  *pieces(): Generator<string> {
    const { doc, l } = this;
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${ns.w}" xmlns:r="${ns.r}"><w:body>`;
    yield this.titlePage() + this.tableOfContents();
    for (const s of doc.sections) yield this.section(s);
    yield this.p(heading(1, run(annexTitle(doc, l)), true));
    for (const [i, r] of doc.recommendations.entries()) yield this.recommendation(r, i);
    yield (
      this.p(heading(1, run(participationTitle(doc, l)))) +
      this.table(participationTable(doc, l)) +
      this.p(heading(2, run(l.proposalOutcomes))) +
      this.table(outcomesTable(doc, l)) +
      `<w:p/>${sectionProperties()}</w:body></w:document>`
    );
  }

  private titlePage(): string {
    const { doc, l } = this;
    return (
      this.p(
        paragraph(run(`${doc.region.name} · ${doc.region.authority}`, { color: muted, size: 24 }), {
          spacing: { before: 2400, after: 240 },
        }),
      ) +
      this.p(paragraph(run(doc.strategy.title), { style: 'Title' })) +
      this.p(paragraph(run(versionName(doc, l), { size: 32, color: accent }), { spacing: { after: 600 } })) +
      titleFacts(doc, this.checksum, l)
        .map((fact) =>
          this.p(
            paragraph(run(`${fact.label}: `, { bold: true }) + run(fact.value, fact.code ? { font: codeFont } : {}), {
              spacing: { after: 120 },
            }),
          ),
        )
        .join('')
    );
  }

  /**
   * A TOC field over the top-level headings, with their titles as its first result (without page numbers)
   * for software that does not update fields; Word fills it when the document opens (settings: updateFields).
   */
  private tableOfContents(): string {
    const { doc, l } = this;
    const entries = contents(doc, l);
    const begin =
      '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-1" \\h \\z \\u </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r>';
    const end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const items = entries.map((entry, i) =>
      paragraph((i === 0 ? begin : '') + run(entry) + (i === entries.length - 1 ? end : ''), { style: 'TOC1' }),
    );
    return (
      this.p(paragraph(run(l.contents), { style: 'TOCHeading', pageBreakBefore: true })) +
      '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>' +
      `<w:sdtContent>${items.join('')}</w:sdtContent></w:sdt>`
    );
  }

  private section(s: Section): string {
    const { l } = this;
    const signOff = signOffTable(s, l);
    // A section left untranslated in a translation keeps its own language, for spelling and speech.
    this.textLang = sectionLanguage(s, l, this.doc.region.country);
    const text =
      this.p(heading(1, run(sectionTitle(s), { lang: this.textLang }))) +
      this.p(paragraph(run(sectionMeta(s, l), { italic: true, color: muted, size: 18 }))) +
      this.blocks(markdownBlocks(s.body), 1);
    this.textLang = undefined;
    return (
      text +
      this.p(heading(2, run(l.signOff))) +
      (signOff ? this.table(signOff, [3, 2, 2.4, 1.2, 1.6, 3]) : this.p(paragraph(run(l.noSignOff))))
    );
  }

  private recommendation(r: Recommendation, i: number): string {
    const { l } = this;
    const answer = answerParts(this.answerOf.get(r.id), l);
    return (
      this.p(heading(2, run(recommendationTitle(r, i)))) +
      this.blocks(markdownBlocks(r.body), 2) +
      this.p(heading(3, run(l.sources))) +
      this.list(
        sourceLines(r, l).map((line) => [{ kind: 'paragraph', spans: [{ text: line }] }]),
        false,
        0,
      ) +
      this.p(heading(3, run(l.answer))) +
      [answer.text, ...answer.facts].map((text) => this.p(paragraph(run(text)))).join('')
    );
  }

  /** Markdown blocks; `shift` moves their headings under the heading they sit beneath. */
  private blocks(blocks: Block[], shift: number, depth = 0): string {
    return blocks
      .map((block): string => {
        switch (block.kind) {
          case 'heading':
            return this.p(heading(block.level + shift, this.runs(block.spans)));
          case 'paragraph':
            return this.p(paragraph(this.runs(block.spans), { indent: this.indent() }));
          case 'list':
            return this.list(block.items, block.ordered, depth, block.start);
          case 'table':
            return this.table({ head: block.head.map(plain), rows: block.rows.map((r) => r.map(plain)) });
          case 'quote': {
            this.quoteDepth += 1;
            const quoted = this.blocks(block.blocks, shift, depth);
            this.quoteDepth -= 1;
            return quoted;
          }
          case 'code':
            return this.p(paragraph(run(block.text, { font: codeFont }), { indent: this.indent() }));
          case 'rule':
            return this.p(paragraph('', { rule: true }));
        }
      })
      .join('');
  }

  /** A list: numbered lists each count from their own start, bulleted lists share Word's list 1. */
  private list(items: Block[][], ordered: boolean, depth: number, start = 1): string {
    const level = Math.min(depth, 8);
    let id = 1;
    if (ordered) {
      this.numberedLists.push({ level, start });
      id = this.numberedLists.length + 1;
    }
    return items
      .map((item) =>
        item
          .map((block, b): string => {
            if (block.kind === 'list') return this.list(block.items, block.ordered, depth + 1, block.start);
            if (b === 0 && block.kind === 'paragraph') return this.p(paragraph(this.runs(block.spans), { numbering: { id, level } }));
            // What follows an item's first paragraph sits under its text.
            const outer = this.listIndent;
            this.listIndent = 360 * (level + 1);
            const rest = this.blocks([block], 0, depth + 1);
            this.listIndent = outer;
            return rest;
          })
          .join(''),
      )
      .join('');
  }

  private runs(spans: Span[]): string {
    return spans
      .map((span) => {
        if (span.text === '\n') return '<w:r><w:br/></w:r>';
        const style: RunStyle = {
          bold: span.bold,
          italic: span.italic,
          strike: span.strike,
          font: span.code ? codeFont : undefined,
          lang: this.textLang,
        };
        if (!span.href) return run(span.text, style);
        let id = this.links.get(span.href);
        if (!id) {
          id = `rIdLink${this.links.size + 1}`;
          this.links.set(span.href, id);
        }
        return `<w:hyperlink r:id="${id}" w:history="1">${run(span.text, { ...style, style: 'Hyperlink' })}</w:hyperlink>`;
      })
      .join('');
  }

  /** A table with a header row Word repeats on each page; `weights` share out the width. */
  private table({ head, rows, muted: mutedRows }: TextTable, weights?: number[]): string {
    const shares = weights ?? head.map(() => 1);
    const total = shares.reduce((sum, w) => sum + w, 0);
    const widths = shares.map((w) => Math.floor((textWidth * w) / total));
    const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`;
    const cell = (text: string, i: number, options: { header?: boolean; muted?: boolean }) =>
      `<w:tc><w:tcPr><w:tcW w:w="${widths[i] ?? 0}" w:type="dxa"/>` +
      (options.header ? '<w:shd w:val="clear" w:color="auto" w:fill="E8EDF3"/>' : '') +
      '</w:tcPr>' +
      paragraph(options.header ? run(text, { bold: true, size: 18 }) : run(text, { size: 18, color: options.muted ? muted : undefined }), {
        spacing: { after: 0 },
      }) +
      '</w:tc>';
    const separate = this.afterTable ? '<w:p/>' : '';
    this.afterTable = true;
    return (
      `${separate}<w:tbl><w:tblPr><w:tblW w:w="${textWidth}" w:type="dxa"/>` +
      `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
      '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>' +
      `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
      `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${head.map((text, i) => cell(text, i, { header: true })).join('')}</w:tr>` +
      rows
        .map(
          (row, r) =>
            `<w:tr><w:trPr><w:cantSplit/></w:trPr>${row.map((text, i) => cell(text, i, { muted: mutedRows?.[r] })).join('')}</w:tr>`,
        )
        .join('') +
      '</w:tbl>'
    );
  }

  /** A paragraph of the body (not of a table cell), which ends a run of tables. */
  private p(xml: string): string {
    this.afterTable = false;
    return xml;
  }

  private indent(): number | undefined {
    const left = 567 * this.quoteDepth + this.listIndent;
    return left > 0 ? left : undefined;
  }
}
