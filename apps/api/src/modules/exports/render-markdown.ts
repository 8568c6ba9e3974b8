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
  sectionMeta,
  sectionTitle,
  signOffTable,
  sourceLines,
  titleFacts,
  versionName,
  type TextTable,
} from './document-parts';
import type { DocumentLabels } from './labels';
import { demoteHeadings } from './markdown-blocks';

/** One table row; pipes and line breaks in a cell would break the table. */
function row(cells: string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')).join(' | ')} |`;
}

function table({ head, rows }: TextTable): string[] {
  return [row(head), row(head.map(() => '---')), ...rows.map(row)];
}

/** The consolidated strategy as Markdown, for publishing on the web. */
export function renderMarkdown(doc: StrategyDocument, answers: DocumentAnswer[], checksum: string, l: DocumentLabels): string {
  const answerOf = answersById(answers);
  const lines: string[] = [
    `# ${doc.strategy.title}`,
    '',
    `**${versionName(doc, l)}**`,
    '',
    ...titleFacts(doc, checksum, l).map(({ label, value, code }) => `- ${label}: ${code ? `\`${value}\`` : value}`),
    '',
    `## ${l.contents}`,
    '',
    ...contents(doc, l),
    '',
  ];
  for (const s of doc.sections) {
    // The section's own headings sit under its `##`.
    lines.push(`## ${sectionTitle(s)}`, '', `*${sectionMeta(s, l)}*`, '', demoteHeadings(s.body.trim(), 2), '', `### ${l.signOff}`, '');
    const signOff = signOffTable(s, l);
    lines.push(...(signOff ? table(signOff) : [l.noSignOff]), '');
  }
  lines.push(`## ${annexTitle(doc, l)}`, '');
  doc.recommendations.forEach((r, i) => {
    const answer = answerParts(answerOf.get(r.id), l);
    lines.push(`### ${recommendationTitle(r, i)}`, '', demoteHeadings(r.body.trim(), 3), '', `**${l.sources}**`, '');
    lines.push(...sourceLines(r, l).map((line) => `- ${line}`), '', `**${l.answer}**`, '', answer.text, '');
    if (answer.facts.length > 0) lines.push(...answer.facts.map((fact) => `- ${fact}`), '');
  });
  lines.push(
    `## ${participationTitle(doc, l)}`,
    '',
    ...table(participationTable(doc, l)),
    '',
    `### ${l.proposalOutcomes}`,
    '',
    ...table(outcomesTable(doc, l)),
    '',
    '---',
    '',
    `${versionName(doc, l)} · SHA-256 \`${checksum}\``,
    '',
  );
  return lines.join('\n');
}
