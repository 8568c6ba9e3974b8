import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphStyleOptions,
  type ParagraphChild,
} from 'docx';
import type { DocumentAnswer, StrategyDocument } from '@belong/contracts';
import {
  annexTitle,
  answerParts,
  answersById,
  outcomesTable,
  participationTable,
  participationTitle,
  recommendationTitle,
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

type FileChild = Paragraph | Table | TableOfContents;

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];
const accent = '14365D';
const muted = '555555';
/** A4 less 2 cm margins, in twentieths of a point. */
const textWidth = 11906 - 2 * 1134;

/** Heading styles with outline levels, so that Word's navigation pane and table of contents find them. */
function headingStyle(level: number, size: number): IParagraphStyleOptions {
  return {
    id: `Heading${level}`,
    name: `heading ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { bold: true, size, color: level <= 3 ? accent : undefined },
    paragraph: { outlineLevel: level - 1, keepNext: true, keepLines: true, spacing: { before: 240, after: 120 } },
  };
}

/** The consolidated strategy as Word builds it: styles, lists, tables and fields the authority can edit. */
class DocxWriter {
  private listCount = 0;
  private quoteDepth = 0;
  private readonly answerOf: Map<string, DocumentAnswer>;
  private readonly labelLanguage: string | undefined;

  constructor(
    private readonly doc: StrategyDocument,
    answers: DocumentAnswer[],
    private readonly checksum: string,
    private readonly l: DocumentLabels,
  ) {
    this.answerOf = answersById(answers);
    this.labelLanguage = l.lang === doc.strategy.language ? undefined : languageTag(l.lang, doc.region.country);
  }

  document(): Document {
    const { doc, l, checksum } = this;
    const children: FileChild[] = [
      ...this.titlePage(),
      new Paragraph({ style: 'TOCHeading', pageBreakBefore: true, children: [this.label(l.contents)] }),
      new TableOfContents(l.contents, { hyperlink: true, headingStyleRange: '1-1' }),
      ...doc.sections.flatMap((s) => this.section(s)),
      ...this.annex(),
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(participationTitle(doc, l))] }),
      this.table(participationTable(doc, l)),
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [this.label(l.proposalOutcomes)] }),
      this.table(outcomesTable(doc, l)),
    ];
    return new Document({
      title: doc.strategy.title,
      subject: `${doc.region.name}: ${versionName(doc, l)}`,
      creator: 'Belong',
      keywords: `SHA-256 ${checksum}`,
      description: stamp(doc, checksum, l),
      customProperties: [
        { name: 'Version', value: versionName(doc, l) },
        { name: 'SHA-256', value: checksum },
      ],
      features: { updateFields: true },
      styles: {
        default: {
          document: { run: { size: 21, language: { value: languageTag(doc.strategy.language, doc.region.country) } } },
          title: { run: { size: 52, bold: true, color: accent } },
        },
        paragraphStyles: [
          // Word's own style for the heading of a table of contents: looks like a heading, is not listed in it.
          { ...headingStyle(1, 32), id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Heading1', paragraph: { outlineLevel: 9 } },
          headingStyle(1, 32),
          headingStyle(2, 26),
          headingStyle(3, 23),
          headingStyle(4, 21),
          headingStyle(5, 21),
          headingStyle(6, 21),
        ],
      },
      numbering: {
        config: [
          {
            reference: 'bullets',
            levels: [0, 1, 2, 3].map((level) => ({
              level,
              format: LevelFormat.BULLET,
              text: ['•', '◦', '▪', '•'][level],
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 260 } } },
            })),
          },
          {
            reference: 'numbers',
            levels: [0, 1, 2, 3].map((level) => ({
              level,
              format: LevelFormat.DECIMAL,
              text: `%${level + 1}.`,
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 300 } } },
            })),
          },
        ],
      },
      sections: [
        {
          properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
          headers: {
            default: new Header({
              children: [new Paragraph({ children: [new TextRun({ text: stamp(doc, checksum, l), size: 15, color: muted })] })],
            }),
          },
          footers: {
            default: new Footer({
              children: [
                new Paragraph({
                  alignment: AlignmentType.RIGHT,
                  children: [new TextRun({ children: [PageNumber.CURRENT], size: 16, color: muted })],
                }),
              ],
            }),
          },
          children,
        },
      ],
    });
  }

  private titlePage(): Paragraph[] {
    const { doc, l } = this;
    return [
      new Paragraph({
        spacing: { before: 2400, after: 240 },
        children: [new TextRun({ text: `${doc.region.name} · ${doc.region.authority}`, color: muted, size: 24 })],
      }),
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.strategy.title)] }),
      new Paragraph({ spacing: { after: 600 }, children: [new TextRun({ text: versionName(doc, l), size: 32, color: accent })] }),
      ...titleFacts(doc, this.checksum, l).map(
        (fact) =>
          new Paragraph({
            spacing: { after: 120 },
            children: [
              this.label(`${fact.label}: `, { bold: true }),
              new TextRun(fact.code ? { text: fact.value, font: 'Consolas' } : fact.value),
            ],
          }),
      ),
    ];
  }

  private section(s: StrategyDocument['sections'][number]): FileChild[] {
    const { l } = this;
    const signOff = signOffTable(s, l);
    return [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(sectionTitle(s))] }),
      new Paragraph({ children: [new TextRun({ text: sectionMeta(s, l), italics: true, color: muted, size: 18 })] }),
      ...this.blocks(markdownBlocks(s.body), 1),
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [this.label(l.signOff)] }),
      signOff ? this.table(signOff, [3, 2, 2.4, 1.2, 1.6, 3]) : new Paragraph({ children: [this.label(l.noSignOff)] }),
    ];
  }

  private annex(): FileChild[] {
    const { doc, l } = this;
    return [
      new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(annexTitle(doc, l))] }),
      ...doc.recommendations.flatMap((r, i) => {
        const answer = answerParts(this.answerOf.get(r.id), l);
        return [
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(recommendationTitle(r, i))] }),
          ...this.blocks(markdownBlocks(r.body), 2),
          new Paragraph({ heading: HeadingLevel.HEADING_3, children: [this.label(l.sources)] }),
          ...this.list(
            sourceLines(r, l).map((line) => [{ kind: 'paragraph', spans: [{ text: line }] }]),
            false,
            0,
          ),
          new Paragraph({ heading: HeadingLevel.HEADING_3, children: [this.label(l.answer)] }),
          ...[answer.text, ...answer.facts].map((text) => new Paragraph({ children: [new TextRun(text)] })),
        ];
      }),
    ];
  }

  /** Markdown blocks; `shift` moves their headings under the heading they sit beneath. */
  private blocks(blocks: Block[], shift: number, depth = 0): FileChild[] {
    return blocks.flatMap((block): FileChild[] => {
      switch (block.kind) {
        case 'heading':
          return [new Paragraph({ heading: headingLevels[Math.min(block.level + shift, 6) - 1], children: this.runs(block.spans) })];
        case 'paragraph':
          return [new Paragraph({ indent: this.quoteIndent(), children: this.runs(block.spans) })];
        case 'list':
          return this.list(block.items, block.ordered, depth, block.start);
        case 'table':
          return [this.table({ head: block.head.map(plain), rows: block.rows.map((r) => r.map(plain)) })];
        case 'quote': {
          this.quoteDepth += 1;
          const quoted = this.blocks(block.blocks, shift, depth);
          this.quoteDepth -= 1;
          return quoted;
        }
        case 'code':
          return [
            new Paragraph({
              indent: this.quoteIndent(),
              children: block.text.split('\n').map((line, i) => new TextRun({ text: line, font: 'Consolas', break: i > 0 ? 1 : 0 })),
            }),
          ];
        case 'rule':
          return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } }, children: [] })];
      }
    });
  }

  private list(items: Block[][], ordered: boolean, depth: number, start = 1): FileChild[] {
    this.listCount += 1;
    const instance = this.listCount;
    return items.flatMap((item, i) =>
      item.flatMap((block, b): FileChild[] => {
        if (block.kind === 'list') return this.list(block.items, block.ordered, depth + 1, block.start);
        if (b > 0 || block.kind !== 'paragraph') return this.blocks([block], 0, depth + 1);
        // Word numbers a list from 1; a list that starts elsewhere says its numbers itself.
        if (ordered && start !== 1)
          return [
            new Paragraph({ indent: { left: 360 * (depth + 1) }, children: [new TextRun(`${start + i}. `), ...this.runs(block.spans)] }),
          ];
        return [
          new Paragraph({
            numbering: { reference: ordered ? 'numbers' : 'bullets', level: Math.min(depth, 3), instance },
            children: this.runs(block.spans),
          }),
        ];
      }),
    );
  }

  private runs(spans: Span[]): ParagraphChild[] {
    return spans.map((span) => {
      if (span.text === '\n') return new TextRun({ break: 1 });
      const options = {
        text: span.text,
        bold: span.bold,
        italics: span.italic,
        strike: span.strike,
        font: span.code ? 'Consolas' : undefined,
      };
      return span.href
        ? new ExternalHyperlink({ link: span.href, children: [new TextRun({ ...options, style: 'Hyperlink' })] })
        : new TextRun(options);
    });
  }

  /** A table with a header row Word repeats on each page; `weights` share out the width. */
  private table({ head, rows, muted: mutedRows }: TextTable, weights?: number[]): Table {
    const shares = weights ?? head.map(() => 1);
    const total = shares.reduce((sum, w) => sum + w, 0);
    const columnWidths = shares.map((w) => Math.floor((textWidth * w) / total));
    const cell = (text: string, width: number, options: { header?: boolean; muted?: boolean }) =>
      new TableCell({
        width: { size: width, type: WidthType.DXA },
        shading: options.header ? { type: ShadingType.CLEAR, fill: 'E8EDF3', color: 'auto' } : undefined,
        children: [
          new Paragraph({
            children: [
              options.header
                ? this.label(text, { bold: true, size: 18 })
                : new TextRun({ text, size: 18, color: options.muted ? muted : undefined }),
            ],
          }),
        ],
      });
    return new Table({
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths,
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: head.map((text, i) => cell(text, columnWidths[i] ?? 0, { header: true })),
        }),
        ...rows.map(
          (row, r) =>
            new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, columnWidths[i] ?? 0, { muted: mutedRows?.[r] })) }),
        ),
      ],
    });
  }

  private quoteIndent(): { left: number } | undefined {
    return this.quoteDepth > 0 ? { left: 567 * this.quoteDepth } : undefined;
  }

  /** The document's own words, tagged with their language where it differs from the strategy's. */
  private label(text: string, options: { bold?: boolean; size?: number } = {}): TextRun {
    return new TextRun({ text, ...options, ...(this.labelLanguage ? { language: { value: this.labelLanguage } } : {}) });
  }
}

/** The consolidated strategy as an editable Word document. */
export async function renderDocx(doc: StrategyDocument, answers: DocumentAnswer[], checksum: string, l: DocumentLabels): Promise<Buffer> {
  return Packer.toBuffer(new DocxWriter(doc, answers, checksum, l).document());
}
