import type { OrganisationType, ProposalStatus, ResponseDecision, StrategyDocument, Theme } from '@belong/contracts';

/** The words of an exported document, in the strategy's language (English where a language has none yet). */
export interface DocumentLabels {
  /** The language these words are in, which may differ from the strategy's. */
  lang: 'en' | 'de';
  version: (n: number) => string;
  workingDraft: string;
  submittedOn: string;
  submittedTo: string;
  region: string;
  checksum: string;
  contents: string;
  theme: string;
  revision: (n: number) => string;
  revisionColumn: string;
  signOff: string;
  noSignOff: string;
  organisation: string;
  type: string;
  decision: string;
  note: string;
  when: string;
  stale: string;
  annex: string;
  sources: string;
  proposals: string;
  comments: string;
  answer: string;
  department: string;
  dueDate: string;
  noAnswer: string;
  participation: string;
  page: (n: number) => string;
  organisations: string;
  commented: string;
  proposed: string;
  endorsed: string;
  approved: string;
  proposalOutcomes: string;
  themes: Record<Theme, string>;
  organisationTypes: Record<OrganisationType, string>;
  decisions: Record<'approve' | 'request_changes', string>;
  responses: Record<ResponseDecision, string>;
  proposalStatuses: Record<ProposalStatus, string>;
  outcomes: Record<keyof StrategyDocument['participation']['proposals'], string>;
  date: (iso: string) => string;
}

const en: DocumentLabels = {
  lang: 'en',
  version: (n) => `Version ${n}`,
  workingDraft: 'Working draft',
  submittedOn: 'Submitted on',
  submittedTo: 'Submitted to',
  region: 'Region',
  checksum: 'SHA-256 of this version',
  contents: 'Contents',
  theme: 'Theme',
  revision: (n) => `Revision ${n}`,
  revisionColumn: 'Revision',
  signOff: 'Sign-off by organisations',
  noSignOff: 'No organisation has decided on this section yet.',
  organisation: 'Organisation',
  type: 'Type',
  decision: 'Decision',
  note: 'Note',
  when: 'When',
  stale: 'on an earlier revision',
  annex: 'Annex: recommendations to the regional authority',
  sources: 'Sources',
  proposals: 'Proposals',
  comments: 'Comments',
  answer: 'Answer of the authority',
  department: 'Responsible department',
  dueDate: 'Due date',
  noAnswer: 'Not answered yet.',
  participation: 'Participation',
  page: (n) => `Page ${n}`,
  organisations: 'Organisations',
  commented: 'Commented',
  proposed: 'Proposed',
  endorsed: 'Endorsed',
  approved: 'Approved',
  proposalOutcomes: 'Proposals',
  themes: {
    employment: 'Employment',
    education: 'Education',
    housing: 'Housing',
    health: 'Health',
    language_learning: 'Language learning',
    civic_participation: 'Civic participation',
    anti_discrimination: 'Anti-discrimination',
    social_cohesion: 'Social cohesion',
    reception_orientation: 'Reception and orientation',
    governance: 'Governance',
  },
  organisationTypes: {
    ngo: 'NGO',
    business: 'Business',
    public_body: 'Public body',
    migrant_organisation: 'Migrant organisation',
    education: 'Education',
    social_partner: 'Social partner',
    other: 'Other',
  },
  decisions: { approve: 'Approved', request_changes: 'Changes requested' },
  responses: { agreed: 'Agreed', agreed_in_part: 'Agreed in part', declined: 'Declined', further_study: 'For further study' },
  proposalStatuses: {
    submitted: 'Submitted',
    under_review: 'Under review',
    accepted: 'Accepted',
    partially_accepted: 'Partly accepted',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
  },
  outcomes: {
    accepted: 'Accepted',
    partiallyAccepted: 'Partly accepted',
    rejected: 'Rejected',
    open: 'Still open',
    withdrawn: 'Withdrawn',
  },
  date: (iso) => iso.slice(0, 10),
};

const de: DocumentLabels = {
  lang: 'de',
  version: (n) => `Fassung ${n}`,
  workingDraft: 'Arbeitsentwurf',
  submittedOn: 'Eingereicht am',
  submittedTo: 'Eingereicht bei',
  region: 'Region',
  checksum: 'SHA-256 dieser Fassung',
  contents: 'Inhalt',
  theme: 'Thema',
  revision: (n) => `Überarbeitung ${n}`,
  revisionColumn: 'Überarbeitung',
  signOff: 'Zustimmung der Organisationen',
  noSignOff: 'Noch hat keine Organisation über diesen Abschnitt entschieden.',
  organisation: 'Organisation',
  type: 'Art',
  decision: 'Entscheidung',
  note: 'Anmerkung',
  when: 'Datum',
  stale: 'zu einer früheren Überarbeitung',
  annex: 'Anhang: Empfehlungen an die Landesbehörde',
  sources: 'Quellen',
  proposals: 'Vorschläge',
  comments: 'Kommentare',
  answer: 'Antwort der Behörde',
  department: 'Zuständige Stelle',
  dueDate: 'Frist',
  noAnswer: 'Noch nicht beantwortet.',
  participation: 'Beteiligung',
  page: (n) => `Seite ${n}`,
  organisations: 'Organisationen',
  commented: 'Kommentiert',
  proposed: 'Vorgeschlagen',
  endorsed: 'Unterstützt',
  approved: 'Zugestimmt',
  proposalOutcomes: 'Vorschläge',
  themes: {
    employment: 'Arbeit',
    education: 'Bildung',
    housing: 'Wohnen',
    health: 'Gesundheit',
    language_learning: 'Sprache',
    civic_participation: 'Teilhabe',
    anti_discrimination: 'Antidiskriminierung',
    social_cohesion: 'Zusammenhalt',
    reception_orientation: 'Ankommen und Orientierung',
    governance: 'Steuerung',
  },
  organisationTypes: {
    ngo: 'Nichtregierungsorganisation',
    business: 'Unternehmen',
    public_body: 'Öffentliche Stelle',
    migrant_organisation: 'Migrantenorganisation',
    education: 'Bildungseinrichtung',
    social_partner: 'Sozialpartner',
    other: 'Sonstige',
  },
  decisions: { approve: 'Zugestimmt', request_changes: 'Änderungen erbeten' },
  responses: { agreed: 'Zugestimmt', agreed_in_part: 'Teilweise zugestimmt', declined: 'Abgelehnt', further_study: 'Wird geprüft' },
  proposalStatuses: {
    submitted: 'Eingereicht',
    under_review: 'In Prüfung',
    accepted: 'Angenommen',
    partially_accepted: 'Teilweise angenommen',
    rejected: 'Abgelehnt',
    withdrawn: 'Zurückgezogen',
  },
  outcomes: {
    accepted: 'Angenommen',
    partiallyAccepted: 'Teilweise angenommen',
    rejected: 'Abgelehnt',
    open: 'Noch offen',
    withdrawn: 'Zurückgezogen',
  },
  date: (iso) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`,
};

const byLanguage: Partial<Record<string, DocumentLabels>> = { en, de };

export function labelsFor(language: string): DocumentLabels {
  return byLanguage[language] ?? en;
}

/** Where a partner language is official, so that `de` in Austria is tagged `de-AT`. */
const countriesOf: Record<string, string[]> = {
  en: ['GB', 'IE', 'MT'],
  de: ['DE', 'AT', 'BE', 'LU', 'IT', 'CH'],
  ca: ['ES', 'AD'],
  es: ['ES'],
  eu: ['ES'],
  ga: ['IE'],
  it: ['IT', 'CH'],
  pl: ['PL'],
  ro: ['RO', 'MD'],
  sv: ['SE', 'FI'],
};

/** The BCP 47 tag of a language as written in a region's country, for a document's language (`de-AT`, `ga-IE`). */
export function languageTag(language: string, country: string): string {
  const countries = countriesOf[language] ?? [];
  return `${language}-${countries.includes(country) ? country : (countries[0] ?? country)}`;
}
