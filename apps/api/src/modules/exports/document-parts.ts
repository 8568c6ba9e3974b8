import type { DocumentAnswer, StrategyDocument } from '@belong/contracts';
import type { DocumentLabels } from './labels';

/**
 * What every human-readable format says, worded once: each writer only lays it out (Markdown, PDF, DOCX).
 */
export type Section = StrategyDocument['sections'][number];
export type Recommendation = StrategyDocument['recommendations'][number];

export interface TextTable {
  head: string[];
  rows: string[][];
  /** Rows to show as less current (a decision on an earlier revision). */
  muted?: boolean[];
}

export function versionName(doc: StrategyDocument, l: DocumentLabels): string {
  return doc.version === null ? l.workingDraft : l.version(doc.version);
}

/** The line on every page and at the end: which text the reader holds. */
export function stamp(doc: StrategyDocument, checksum: string, l: DocumentLabels): string {
  return `${versionName(doc, l)} · SHA-256 ${checksum}`;
}

/** The facts of the title page; `code` for a value to show in a fixed-width font. */
export function titleFacts(
  doc: StrategyDocument,
  checksum: string,
  l: DocumentLabels,
): Array<{ label: string; value: string; code?: true }> {
  return [
    { label: l.region, value: `${doc.region.name} (${doc.region.country})` },
    ...(doc.submittedAt ? [{ label: l.submittedOn, value: l.date(doc.submittedAt) }] : []),
    { label: l.submittedTo, value: doc.region.authority },
    { label: l.checksum, value: checksum, code: true as const },
  ];
}

export function sectionTitle(s: Section): string {
  return `${s.position}. ${s.heading}`;
}

export function sectionMeta(s: Section, l: DocumentLabels): string {
  return `${l.theme}: ${l.themes[s.theme]} · ${l.revision(s.revision)}`;
}

/** The table of contents: every section, then the annex and the participation summary. */
export function contents(doc: StrategyDocument, l: DocumentLabels): string[] {
  return [...doc.sections.map(sectionTitle), `${doc.sections.length + 1}. ${l.annex}`, `${doc.sections.length + 2}. ${l.participation}`];
}

export function annexTitle(doc: StrategyDocument, l: DocumentLabels): string {
  return `${doc.sections.length + 1}. ${l.annex}`;
}

export function participationTitle(doc: StrategyDocument, l: DocumentLabels): string {
  return `${doc.sections.length + 2}. ${l.participation}`;
}

/** Who decided on the section, in order; null when nobody has yet. */
export function signOffTable(s: Section, l: DocumentLabels): TextTable | null {
  if (s.signOff.length === 0) return null;
  return {
    head: [l.organisation, l.type, l.decision, l.revisionColumn, l.when, l.note],
    rows: s.signOff.map((d) => [
      d.organisation,
      l.organisationTypes[d.organisationType],
      `${l.decisions[d.decision]}${d.current ? '' : ` (${l.stale})`}`,
      String(d.revision),
      l.date(d.at),
      d.note ?? '',
    ]),
    muted: s.signOff.map((d) => !d.current),
  };
}

export function recommendationTitle(r: Recommendation, index: number): string {
  return `${index + 1}. ${r.title}`;
}

/** The proposals and comments a recommendation draws on, one line each. */
export function sourceLines(r: Recommendation, l: DocumentLabels): string[] {
  return [
    ...r.sources.proposals.map((p) => {
      const by = p.organisation ? ` (${p.organisation}, ${l.organisationTypes[p.organisationType ?? 'other']})` : '';
      return `${l.proposals}: ${p.title}${by} · ${l.proposalStatuses[p.status]}`;
    }),
    ...r.sources.comments.map((c) => `${l.comments}: “${c.body}” (${[c.author, c.organisation].filter(Boolean).join(', ')})`),
  ];
}

/** The authority's answer: its decision and text, then the department and the due date where given. */
export function answerParts(answer: DocumentAnswer | undefined, l: DocumentLabels): { text: string; facts: string[] } {
  if (!answer) return { text: l.noAnswer, facts: [] };
  return {
    text: `${l.responses[answer.decision]}: ${answer.answer}`,
    facts: [
      ...(answer.department ? [`${l.department}: ${answer.department}`] : []),
      ...(answer.dueDate ? [`${l.dueDate}: ${l.date(answer.dueDate)}`] : []),
    ],
  };
}

export function participationTable(doc: StrategyDocument, l: DocumentLabels): TextTable {
  return {
    head: [l.type, l.organisations, l.commented, l.proposed, l.endorsed, l.approved],
    rows: doc.participation.byType.map((p) =>
      [l.organisationTypes[p.organisationType], p.organisations, p.commented, p.proposed, p.endorsed, p.approved].map(String),
    ),
  };
}

export function outcomesTable(doc: StrategyDocument, l: DocumentLabels): TextTable {
  const keys = Object.keys(l.outcomes) as Array<keyof StrategyDocument['participation']['proposals']>;
  return { head: keys.map((k) => l.outcomes[k]), rows: [keys.map((k) => String(doc.participation.proposals[k]))] };
}

/** The answers by recommendation. */
export function answersById(answers: DocumentAnswer[]): Map<string, DocumentAnswer> {
  return new Map(answers.map((a) => [a.recommendationId, a]));
}
