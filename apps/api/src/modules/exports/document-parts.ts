import type { DocumentAnswer, StrategyDocument } from '@belong/contracts';
import { languageTag, type DocumentLabels } from './labels';

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
  return doc.version === null ? l.t('document.workingDraft') : l.t('document.version', { version: doc.version });
}

/** A day (`2027-12-31`, or the date part of a moment) as the document's language writes it. */
export function dateOf(iso: string, l: DocumentLabels): string {
  return l.t('document.date', { year: iso.slice(0, 4), month: iso.slice(5, 7), day: iso.slice(8, 10) });
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
    { label: l.t('document.region'), value: l.t('document.regionValue', { name: doc.region.name, country: doc.region.country }) },
    ...(doc.submittedAt ? [{ label: l.t('document.submittedOn'), value: dateOf(doc.submittedAt, l) }] : []),
    { label: l.t('document.submittedTo'), value: doc.region.authority },
    ...(l.translation ? [{ label: l.t('document.translatedFrom'), value: l.t(`languageNames.${l.translation.source}`) }] : []),
    { label: l.t('document.checksum'), value: checksum, code: true as const },
  ];
}

export function sectionTitle(s: Section): string {
  return `${s.position}. ${s.heading}`;
}

/** Its theme and revision; in a translation, also whether the section is left untranslated or translated from an earlier text. */
export function sectionMeta(s: Section, l: DocumentLabels): string {
  const values = { theme: l.t(`themes.${s.theme}`), revision: s.revision };
  const translation = l.translation;
  if (translation?.untranslated.has(s.id)) {
    return l.t('document.sectionMetaUntranslated', { ...values, language: l.t(`languageNames.${translation.source}`) });
  }
  if (translation?.outdated.has(s.id)) return l.t('document.sectionMetaOutdated', values);
  return l.t('document.sectionMeta', values);
}

/** The language tag of a section's text where it differs from the document's (left untranslated in a translation). */
export function sectionLanguage(s: Section, l: DocumentLabels, country: string): string | undefined {
  return l.translation?.untranslated.has(s.id) ? languageTag(l.translation.source, country) : undefined;
}

/** The table of contents: every section, then the annex and the participation summary. */
export function contents(doc: StrategyDocument, l: DocumentLabels): string[] {
  return [...doc.sections.map(sectionTitle), annexTitle(doc, l), participationTitle(doc, l)];
}

export function annexTitle(doc: StrategyDocument, l: DocumentLabels): string {
  return `${doc.sections.length + 1}. ${l.t('document.annex')}`;
}

export function participationTitle(doc: StrategyDocument, l: DocumentLabels): string {
  return `${doc.sections.length + 2}. ${l.t('document.participation')}`;
}

/** Who decided on the section, in order; null when nobody has yet. */
export function signOffTable(s: Section, l: DocumentLabels): TextTable | null {
  if (s.signOff.length === 0) return null;
  return {
    head: (['organisation', 'type', 'decision', 'revision', 'when', 'note'] as const).map((word) => l.t(`document.${word}`)),
    rows: s.signOff.map((d) => {
      const decision = l.t(`approvals.decisions.${d.decision}`);
      return [
        d.organisation,
        l.t(`organisationTypes.${d.organisationType}`),
        d.current ? decision : l.t('document.staleDecision', { decision }),
        String(d.revision),
        dateOf(d.at, l),
        d.note ?? '',
      ];
    }),
    muted: s.signOff.map((d) => !d.current),
  };
}

export function recommendationTitle(r: Recommendation, index: number): string {
  return `${index + 1}. ${r.title}`;
}

/** The proposals and comments a recommendation draws on, one line each. */
export function sourceLines(r: Recommendation, l: DocumentLabels): string[] {
  return [
    ...r.sources.proposals.map(({ title, organisation, organisationType, status }) =>
      organisation
        ? l.t('document.proposalSourceByOrganisation', {
            title,
            organisation,
            type: l.t(`organisationTypes.${organisationType ?? 'other'}`),
            status: l.t(`proposalStatus.${status}`),
          })
        : l.t('document.proposalSource', { title, status: l.t(`proposalStatus.${status}`) }),
    ),
    ...r.sources.comments.map(({ body, author, organisation }) =>
      organisation
        ? l.t('document.commentSourceWithOrganisation', { body, author, organisation })
        : l.t('document.commentSource', { body, author }),
    ),
  ];
}

/** The authority's answer: its decision and text, then the department and the due date where given. */
export function answerParts(answer: DocumentAnswer | undefined, l: DocumentLabels): { text: string; facts: string[] } {
  if (!answer) return { text: l.t('document.noAnswer'), facts: [] };
  return {
    text: l.t('document.answerText', { decision: l.t(`responseDecisions.${answer.decision}`), answer: answer.answer }),
    facts: [
      ...(answer.department ? [l.t('document.department', { department: answer.department })] : []),
      ...(answer.dueDate ? [l.t('document.dueDate', { date: dateOf(answer.dueDate, l) })] : []),
    ],
  };
}

export function participationTable(doc: StrategyDocument, l: DocumentLabels): TextTable {
  return {
    head: (['type', 'organisations', 'commented', 'proposed', 'endorsed', 'approved'] as const).map((word) => l.t(`document.${word}`)),
    rows: doc.participation.byType.map((p) =>
      [l.t(`organisationTypes.${p.organisationType}`), p.organisations, p.commented, p.proposed, p.endorsed, p.approved].map(String),
    ),
  };
}

export function outcomesTable(doc: StrategyDocument, l: DocumentLabels): TextTable {
  const counts = doc.participation.proposals;
  const outcomes: Array<[word: string, count: number]> = [
    [l.t('proposalStatus.accepted'), counts.accepted],
    [l.t('proposalStatus.partially_accepted'), counts.partiallyAccepted],
    [l.t('proposalStatus.rejected'), counts.rejected],
    [l.t('document.stillOpen'), counts.open],
    [l.t('proposalStatus.withdrawn'), counts.withdrawn],
  ];
  return { head: outcomes.map(([word]) => word), rows: [outcomes.map(([, count]) => String(count))] };
}

/** The answers by recommendation. */
export function answersById(answers: DocumentAnswer[]): Map<string, DocumentAnswer> {
  return new Map(answers.map((a) => [a.recommendationId, a]));
}
