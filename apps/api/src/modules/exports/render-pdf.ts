import PDFDocument from 'pdfkit';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { DocumentAnswer, StrategyDocument } from '@belong/contracts';
import { direction } from '@belong/i18n';
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
  stamp,
  titleFacts,
  versionName,
  type TextTable,
} from './document-parts';
import { languageTag, type DocumentLabels } from './labels';
import { markdownBlocks, plain, type Block, type Span } from './markdown-blocks';

type Struct = PDFKit.PDFStructureElement;
type FontName = 'regular' | 'bold' | 'italic' | 'boldItalic' | 'mono' | 'table' | 'tableBold';

/** DejaVu: one family that covers every partner language (ș ț, ł, ŀ, fadas, å …), embedded as subsets. */
const fontFiles: Record<FontName, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
  mono: 'DejaVuSansMono.ttf',
  // Narrower, so that German words fit table columns.
  table: 'DejaVuSansCondensed.ttf',
  tableBold: 'DejaVuSansCondensed-Bold.ttf',
};
let fontPaths: Record<FontName, string> | undefined;
const upright: Record<FontName, FontName> = {
  regular: 'regular',
  bold: 'bold',
  italic: 'regular',
  boldItalic: 'bold',
  mono: 'mono',
  table: 'table',
  tableBold: 'tableBold',
};

/**
 * Each font is registered under its own path: pdfkit's tables switch back to the font they found by its source,
 * and only a source that is also a registered name finds the font already loaded rather than parsing it again.
 */
function fonts(): Record<FontName, string> {
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  fontPaths ??= Object.fromEntries(Object.entries(fontFiles).map(([name, file]) => [name, join(dir, file)])) as Record<FontName, string>;
  return fontPaths;
}

const ink = '#1a1a1a';
const muted = '#555555';
const accent = '#14365d';
const linkColor = '#0b57d0';
const margin = { top: 64, bottom: 56, left: 56, right: 56 };

interface TextStyle {
  font: FontName;
  size: number;
  color: string;
  /** Space after the block. */
  after: number;
}

const body: TextStyle = { font: 'regular', size: 10, color: ink, after: 6 };
const small: TextStyle = { font: 'italic', size: 9, color: muted, after: 6 };
const headingStyles: Record<number, TextStyle> = {
  1: { font: 'bold', size: 24, color: accent, after: 10 },
  2: { font: 'bold', size: 15, color: accent, after: 6 },
  3: { font: 'bold', size: 12, color: accent, after: 4 },
  4: { font: 'bold', size: 10.5, color: ink, after: 3 },
};
const bullets = ['•', '◦', '▪'];

/** pdfkit 0.20 does more than @types/pdfkit 0.17 says: PDF/UA identification, tagged table cells, its text state. */
type PdfOptions = Omit<PDFKit.PDFDocumentOptions, 'subset'> & { subset?: 'PDF/UA' };
type TableOptions = PDFKit.Mixins.TableOptionsWithData & { structParent: Struct };
type CellOptions = PDFKit.Mixins.CellOptions & { scope?: 'column' | 'row' };
interface TextState {
  _wrapper: unknown;
  _textOptions: unknown;
}

/**
 * Lays the strategy out as a tagged PDF: a structure tree of headings, paragraphs, lists, tables and links in
 * reading order; page furniture marked as artifacts; the document's language and title; embedded fonts.
 */
class PdfWriter {
  readonly pdf: PDFKit.PDFDocument;
  private pageNumber = 0;
  private left = margin.left;
  private current: { font: FontName; size: number; color: string } = { font: 'regular', size: 10, color: ink };
  private readonly answerOf: Map<string, DocumentAnswer>;
  /**
   * How a document in a right-to-left language sets its lines: from the right margin, each line shaped as one
   * run (with any `features`, pdfkit hands the whole line to fontkit, which orders an Arabic line right to left;
   * without, it shapes word by word and misplaces the spaces between them).
   */
  private readonly direction: { align?: 'right'; features?: [] };

  constructor(
    private readonly doc: StrategyDocument,
    answers: DocumentAnswer[],
    private readonly checksum: string,
    private readonly l: DocumentLabels,
  ) {
    this.answerOf = answersById(answers);
    const options: PdfOptions = {
      size: 'A4',
      margins: margin,
      autoFirstPage: false,
      pdfVersion: '1.7',
      tagged: true,
      subset: 'PDF/UA',
      displayTitle: true,
      lang: languageTag(l.lang, doc.region.country),
      info: {
        Title: doc.strategy.title,
        Subject: `${doc.region.name}: ${versionName(doc, l)}`,
        Author: doc.region.name,
        Keywords: `SHA-256 ${checksum}`,
        Creator: 'Belong',
        // A version's PDF is the same every time it is exported (until the authority answers).
        CreationDate: new Date(doc.submittedAt ?? Date.now()),
      },
    };
    this.pdf = new PDFDocument(options as PDFKit.PDFDocumentOptions);
    this.direction = direction(l.lang) === 'rtl' ? { align: 'right', features: [] } : {};
    for (const path of Object.values(fonts())) this.pdf.registerFont(path, path);
    this.pdf.on('pageAdded', () => this.pageFurniture());
  }

  async write(): Promise<void> {
    const { doc, l, pdf } = this;
    pdf.addPage();
    const root = pdf.struct('Document');
    pdf.addStructure(root);
    this.titlePage(root);
    pdf.addPage();
    this.tableOfContents(root);
    for (const section of doc.sections) {
      if (pdf.destroyed) return;
      this.section(root, section);
      // Lets the server answer other requests, and the client read what is written, between sections.
      await nextTurn();
    }
    pdf.addPage();
    this.annex(root);
    const participation = this.open(root, 'Sect');
    this.heading(participation, 2, participationTitle(doc, l), 'participation');
    this.table(participation, participationTable(doc, l), [124, '*', '*', '*', '*', '*']);
    this.heading(participation, 3, l.proposalOutcomes);
    this.table(participation, outcomesTable(doc, l));
    participation.end();
    root.end();
    pdf.end();
  }

  private titlePage(root: Struct): void {
    const { doc, l, pdf } = this;
    pdf.y = 160;
    this.paragraph(root, [{ text: `${doc.region.name} · ${doc.region.authority}` }], { ...body, color: muted, size: 12, after: 12 });
    this.heading(root, 1, doc.strategy.title, 'title');
    this.paragraph(root, [{ text: versionName(doc, l) }], { font: 'regular', size: 16, color: accent, after: 36 });
    for (const fact of titleFacts(doc, this.checksum, l)) {
      this.paragraph(
        root,
        [{ text: l.factLabel(fact.label), bold: true }, fact.code ? { text: fact.value, code: true } : { text: fact.value }],
        {
          ...body,
          after: 8,
        },
      );
    }
  }

  private tableOfContents(root: Struct): void {
    const { doc, l, pdf } = this;
    this.heading(root, 2, l.contents);
    const toc = this.open(root, 'TOC');
    const targets = [...doc.sections.map((s) => `section-${s.position}`), 'annex', 'participation'];
    contents(doc, l).forEach((entry, i) => {
      this.ensure(body.size * 1.6);
      const item = this.open(toc, 'TOCI');
      const link = this.open(item, 'Link');
      link.add(() => {
        this.use('regular', body.size, linkColor);
        const { x, y } = pdf;
        pdf.text(entry, this.left, y, { width: this.width(), lineGap: 2, ...this.direction });
        // The annotation belongs to the Link element, so that assistive technology can follow it.
        pdf.goTo(x, y, Math.min(pdf.widthOfString(entry), this.width()), pdf.y - y, targets[i] ?? 'title', {
          structParent: link,
        } as PDFKit.Mixins.AnnotationOption);
      });
      link.end();
      item.end();
      pdf.y += 2;
    });
    toc.end();
  }

  private section(root: Struct, s: StrategyDocument['sections'][number]): void {
    const { l } = this;
    const lang = sectionLanguage(s, l, this.doc.region.country);
    const sect = this.open(root, 'Sect', lang ? { lang } : {});
    this.heading(sect, 2, sectionTitle(s), `section-${s.position}`);
    this.paragraph(sect, [{ text: sectionMeta(s, l) }], small);
    this.blocks(sect, markdownBlocks(s.body), 2);
    this.heading(sect, 3, l.signOff);
    const signOff = signOffTable(s, l);
    if (signOff) this.table(sect, signOff, ['*', 110, 84, 66, 52, '*']);
    else this.paragraph(sect, [{ text: l.noSignOff }], body);
    sect.end();
  }

  private annex(root: Struct): void {
    const { doc, l } = this;
    const annex = this.open(root, 'Sect');
    this.heading(annex, 2, annexTitle(doc, l), 'annex');
    doc.recommendations.forEach((r, i) => {
      const part = this.open(annex, 'Sect');
      this.heading(part, 3, recommendationTitle(r, i));
      this.blocks(part, markdownBlocks(r.body), 3);
      this.heading(part, 4, l.sources);
      this.list(
        part,
        sourceLines(r, l).map((line) => [{ kind: 'paragraph', spans: [{ text: line }] }]),
        false,
        1,
        0,
      );
      const answer = answerParts(this.answerOf.get(r.id), l);
      this.heading(part, 4, l.answer);
      this.paragraph(part, [{ text: answer.text }], body);
      for (const fact of answer.facts) this.paragraph(part, [{ text: fact }], body);
      part.end();
    });
    annex.end();
  }

  /** Markdown blocks; `shift` moves their headings under the heading they sit beneath. */
  private blocks(parent: Struct, blocks: Block[], shift: number, depth = 0): void {
    for (const block of blocks) {
      switch (block.kind) {
        case 'heading':
          this.heading(parent, Math.min(block.level + shift, 6), plain(block.spans));
          break;
        case 'paragraph':
          this.paragraph(parent, block.spans, body);
          break;
        case 'list':
          this.list(parent, block.items, block.ordered, block.start, depth, shift);
          break;
        case 'table':
          this.table(parent, { head: block.head.map(plain), rows: block.rows.map((r) => r.map(plain)) });
          break;
        case 'quote': {
          const quote = this.open(parent, 'BlockQuote');
          this.indented(14, () => this.blocks(quote, block.blocks, shift, depth));
          quote.end();
          break;
        }
        case 'code':
          this.paragraph(parent, [{ text: block.text, code: true }], { ...body, size: 9 });
          break;
        case 'rule':
          this.ensure(12);
          this.artifact(() =>
            this.pdf
              .moveTo(this.left, this.pdf.y + 4)
              .lineTo(this.right(), this.pdf.y + 4)
              .lineWidth(0.5)
              .strokeColor(muted)
              .stroke(),
          );
          this.pdf.y += 12;
          break;
      }
    }
  }

  private list(parent: Struct, items: Block[][], ordered: boolean, start: number, depth: number, shift = 0): void {
    const { pdf } = this;
    const list = this.open(parent, 'L');
    items.forEach((item, i) => {
      this.ensure(body.size * 1.5);
      const li = this.open(list, 'LI');
      const y = pdf.y;
      const label = this.open(li, 'Lbl');
      label.add(() => {
        this.use('regular', body.size, ink);
        pdf.text(ordered ? `${start + i}.` : (bullets[depth % bullets.length] ?? '•'), this.left, y, { width: 16, lineBreak: false });
      });
      label.end();
      pdf.y = y;
      const content = this.open(li, 'LBody');
      this.indented(18, () => this.blocks(content, item, shift, depth + 1));
      content.end();
      li.end();
    });
    list.end();
  }

  private heading(parent: Struct, level: number, text: string, destination?: string, lang?: string): void {
    const { pdf } = this;
    const style = headingStyles[Math.min(level, 4)] ?? body;
    // A heading keeps a few lines of what follows it on its page.
    this.ensure(style.size * 1.4 + body.size * 4);
    pdf.y += level === 1 ? 0 : style.size * 0.6;
    if (destination && level === 2) pdf.outline.addItem(text);
    const h = this.open(parent, `H${level}`, lang ? { lang } : {});
    h.add(() => {
      this.use(style.font, style.size, style.color);
      pdf.text(text, this.left, pdf.y, { width: this.width(), lineGap: 1, ...this.direction, ...(destination ? { destination } : {}) });
    });
    h.end();
    pdf.y += style.after;
  }

  /** One paragraph of styled runs; links become Link elements with their annotations. */
  private paragraph(parent: Struct, spans: Span[], style: TextStyle, type = 'P'): void {
    const { pdf } = this;
    const written = spans.filter((s) => s.text !== '');
    if (written.length === 0) return;
    // Right to left, a paragraph is set as one run of plain text: pdfkit cannot continue a run leftwards.
    const runs = this.direction.align ? [{ text: written.map((s) => s.text).join('') }] : written;
    this.ensure(style.size * 1.5);
    const p = this.open(parent, type);
    pdf.x = this.left;
    let left = runs.length;
    for (const group of byLink(runs)) {
      const draw = () => {
        for (const span of group) {
          left -= 1;
          this.use(fontOf(span, style.font), style.size, span.href ? linkColor : style.color);
          pdf.text(span.text, {
            width: this.width(),
            lineGap: 2,
            ...this.direction,
            continued: left > 0,
            link: span.href ?? null,
            underline: Boolean(span.href),
            strike: Boolean(span.strike),
          });
        }
      };
      if (group[0]?.href) {
        const link = this.open(p, 'Link');
        link.add(draw);
        link.end();
      } else p.add(draw);
    }
    p.end();
    pdf.x = this.left;
    pdf.y += style.after;
  }

  private table(parent: Struct, table: TextTable, widths?: Array<number | '*'>): void {
    const { pdf } = this;
    this.ensure(body.size * 5);
    pdf.x = this.left;
    const head: CellOptions[] = table.head.map((text) => ({
      text,
      type: 'TH',
      scope: 'column',
      font: { src: fonts().tableBold },
      backgroundColor: '#e8edf3',
    }));
    const rows: CellOptions[][] = table.rows.map((row, r) => row.map((text) => ({ text, textColor: table.muted?.[r] ? muted : ink })));
    const options: TableOptions = {
      structParent: parent,
      position: { x: this.left, y: pdf.y },
      maxWidth: this.width(),
      columnStyles: widths ? widths.map((width) => ({ width })) : undefined,
      defaultStyle: { border: 0.5, borderColor: '#9aa5b1', padding: 3, textColor: ink },
      data: [head, ...rows],
    };
    this.use('table', 8, ink);
    pdf.table(options);
    pdf.x = this.left;
    pdf.y += 8;
  }

  /** The version and checksum at the head of every page, outside the structure tree. */
  private pageFurniture(): void {
    const pdf = this.pdf;
    // pdfkit draws a paragraph that runs on to this page through its text state: park it while the header is drawn.
    const state = pdf as unknown as TextState;
    const saved = { x: pdf.x, y: pdf.y, wrapper: state._wrapper, textOptions: state._textOptions };
    state._wrapper = null;
    state._textOptions = null;
    this.pageNumber += 1;
    const y = margin.top - 32;
    this.artifact(() => {
      pdf.font(fonts().regular).fontSize(7.5).fillColor(muted);
      pdf.text(stamp(this.doc, this.checksum, this.l), margin.left, y, { width: this.fullWidth() - 50, lineBreak: false });
      pdf.text(this.l.page(this.pageNumber), margin.left, y, { width: this.fullWidth(), align: 'right', lineBreak: false });
      pdf
        .moveTo(margin.left, y + 13)
        .lineTo(margin.left + this.fullWidth(), y + 13)
        .lineWidth(0.5)
        .strokeColor('#9aa5b1')
        .stroke();
    });
    state._wrapper = saved.wrapper;
    state._textOptions = saved.textOptions;
    pdf.x = saved.x;
    pdf.y = saved.y;
    pdf.font(fonts()[this.current.font]).fontSize(this.current.size).fillColor(this.current.color);
  }

  private artifact(draw: () => void): void {
    this.pdf.markContent('Artifact', { type: 'Pagination' });
    draw();
    this.pdf.endMarkedContent();
  }

  /** A structure element under `parent`, attached before its content is drawn so that it keeps reading order. */
  private open(parent: Struct, type: string, options: PDFKit.Mixins.StructureElementOptions = {}): Struct {
    const element = this.pdf.struct(type, options);
    parent.add(element);
    return element;
  }

  private use(wanted: FontName, size: number, color: string): void {
    // DejaVu's oblique faces have no Arabic letters; Arabic has no italics either.
    const font = this.direction.align ? upright[wanted] : wanted;
    this.current = { font, size, color };
    this.pdf.font(fonts()[font]).fontSize(size).fillColor(color);
  }

  private ensure(height: number): void {
    if (this.pdf.y + height > this.pdf.page.maxY()) this.pdf.addPage();
  }

  private indented(by: number, draw: () => void): void {
    this.left += by;
    draw();
    this.left -= by;
  }

  /** The language of the document's own words where they fall back to another than the strategy's. */
  private fullWidth(): number {
    return this.pdf.page.width - margin.left - margin.right;
  }

  private right(): number {
    return this.pdf.page.width - margin.right;
  }

  private width(): number {
    return this.right() - this.left;
  }
}

function fontOf(span: Span, base: FontName): FontName {
  if (span.code) return 'mono';
  const bold = span.bold || base === 'bold' || base === 'boldItalic';
  const italic = span.italic || base === 'italic' || base === 'boldItalic';
  return bold && italic ? 'boldItalic' : bold ? 'bold' : italic ? 'italic' : 'regular';
}

/** Runs grouped so that each link is one group. */
function byLink(spans: Span[]): Span[][] {
  const groups: Span[][] = [];
  for (const span of spans) {
    const last = groups.at(-1);
    if (last && last[0]?.href === span.href) last.push(span);
    else groups.push([span]);
  }
  return groups;
}

/** The consolidated strategy as an accessible PDF, streamed as it is laid out. */
export function renderPdf(doc: StrategyDocument, answers: DocumentAnswer[], checksum: string, l: DocumentLabels): Readable {
  const writer = new PdfWriter(doc, answers, checksum, l);
  writer.write().catch((error: Error) => writer.pdf.destroy(error));
  return writer.pdf;
}
