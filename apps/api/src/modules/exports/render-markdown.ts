import type { DocumentAnswer, StrategyDocument } from '@belong/contracts';
import type { List, Paragraph, PhrasingContent, RootContent, Table, Text } from 'mdast';
import {
  annexTitle,
  answerParts,
  answersById,
  contents,
  outcomesTable,
  participationTable,
  participationTitle,
  recommendationTitle,
  sectionMeta,
  sectionTitle,
  signOffTable,
  sourceLines,
  titleFacts,
  versionName,
  type TextTable,
} from './document-parts';
import type { DocumentLabels } from './labels';
import { safeMarkdown, writeMarkdown } from './safe-markdown';

// The document is built as a Markdown tree, so that what was typed as plain text (titles, names, notes,
// answers) is a text node, which the writer escapes: it shows as typed in any Markdown reader.

function text(value: string): Text {
  return { type: 'text', value };
}

function paragraph(...children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

function heading(depth: 1 | 2 | 3, value: string): RootContent {
  return { type: 'heading', depth, children: [text(value)] };
}

function bold(value: string): Paragraph {
  return paragraph({ type: 'strong', children: [text(value)] });
}

function list(items: PhrasingContent[][]): List[] {
  if (items.length === 0) return [];
  return [
    {
      type: 'list',
      ordered: false,
      spread: false,
      children: items.map((item) => ({ type: 'listItem', spread: false, children: [paragraph(...item)] })),
    },
  ];
}

/** A table of plain text; a line break in a cell would end the table, so it reads as a space. */
function table({ head, rows }: TextTable): Table {
  return {
    type: 'table',
    children: [head, ...rows].map((cells) => ({
      type: 'tableRow',
      children: cells.map((cell) => ({ type: 'tableCell', children: [text(cell.replace(/\s*\n\s*/g, ' '))] })),
    })),
  };
}

/** The consolidated strategy as Markdown, for publishing on the web. */
export function renderMarkdown(doc: StrategyDocument, answers: DocumentAnswer[], checksum: string, l: DocumentLabels): string {
  const answerOf = answersById(answers);
  const stamp = [text(`${versionName(doc, l)} · SHA-256 `), { type: 'inlineCode', value: checksum }] satisfies PhrasingContent[];
  return writeMarkdown({
    type: 'root',
    children: [
      heading(1, doc.strategy.title),
      bold(versionName(doc, l)),
      ...list(
        titleFacts(doc, checksum, l).map(({ label, value, code }) => [
          text(l.factLabel(label)),
          code ? { type: 'inlineCode', value } : text(value),
        ]),
      ),
      heading(2, l.contents),
      ...list(contents(doc, l).map((entry) => [text(entry)])),
      ...doc.sections.flatMap((s) => {
        const signOff = signOffTable(s, l);
        return [
          heading(2, sectionTitle(s)),
          paragraph({ type: 'emphasis', children: [text(sectionMeta(s, l))] }),
          // The section's own headings sit under its `##`.
          ...safeMarkdown(s.body, 2),
          heading(3, l.signOff),
          signOff ? table(signOff) : paragraph(text(l.noSignOff)),
        ];
      }),
      heading(2, annexTitle(doc, l)),
      ...doc.recommendations.flatMap((r, i) => {
        const answer = answerParts(answerOf.get(r.id), l);
        return [
          heading(3, recommendationTitle(r, i)),
          ...safeMarkdown(r.body, 3),
          bold(l.sources),
          ...list(sourceLines(r, l).map((line) => [text(line)])),
          bold(l.answer),
          paragraph(text(answer.text)),
          ...list(answer.facts.map((fact) => [text(fact)])),
        ];
      }),
      heading(2, participationTitle(doc, l)),
      table(participationTable(doc, l)),
      heading(3, l.proposalOutcomes),
      table(outcomesTable(doc, l)),
      { type: 'thematicBreak' },
      paragraph(...stamp),
    ],
  });
}
