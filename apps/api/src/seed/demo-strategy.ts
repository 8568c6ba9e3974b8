import type { Theme } from '@belong/contracts';

/** The Leipzig demo strategy: in consultation, with comments and approvals, so a new user sees Belong at work. */
export const demoStrategy = {
  region: 'leipzig',
  title: 'Leipziger Strategie für interkulturelle Integration 2027–2030',
  language: 'de' as const,
  sections: [
    {
      heading: 'Ankommen und Orientierung',
      theme: 'reception_orientation' as Theme,
      body: [
        'Wer neu in der Region Leipzig ankommt, soll in den ersten drei Monaten eine **persönliche Erstberatung** erhalten.',
        '',
        '- Willkommenszentren in Leipzig, Borna und Grimma',
        '- Beratung in mindestens acht Sprachen',
        '- Lotsinnen und Lotsen aus den Communities',
      ].join('\n'),
    },
    {
      heading: 'Sprache und Bildung',
      theme: 'language_learning' as Theme,
      body: 'Sprachkurse stehen allen offen, unabhängig vom Aufenthaltsstatus. Kurse am Abend und am Wochenende ergänzen das Angebot für Berufstätige. Kinderbetreuung während der Kurse wird angeboten.',
    },
    {
      heading: 'Arbeit und Ausbildung',
      theme: 'employment' as Theme,
      body: 'Betriebe der Region verpflichten sich, jährlich 300 Ausbildungs- und Praktikumsplätze für Zugewanderte bereitzustellen. Die Anerkennung ausländischer Abschlüsse wird durch eine zentrale Servicestelle beschleunigt.',
    },
    {
      heading: 'Wohnen',
      theme: 'housing' as Theme,
      body: 'Kommunen und Wohnungsunternehmen schaffen bis 2030 1.000 zusätzliche Wohnungen mit Belegungsbindung. Eine Antidiskriminierungsstelle prüft Beschwerden bei der Wohnungssuche.',
    },
    {
      heading: 'Teilhabe und Zusammenhalt',
      theme: 'civic_participation' as Theme,
      body: 'Migrantenorganisationen werden an allen Gremien der Integrationsarbeit mit Stimmrecht beteiligt. Ein jährliches Forum bringt Verwaltung, Zivilgesellschaft und Wirtschaft zusammen.',
    },
  ],
  /** Comments by demo people (by email), on the section at `section`, quoting `quote` when given. */
  comments: [
    {
      section: 1,
      by: 'ngo@demo.belong.eu',
      quote: 'Kurse am Abend',
      body: 'Bitte auch Online-Kurse für Menschen im ländlichen Raum vorsehen.',
    },
    {
      section: 1,
      by: 'migrants@demo.belong.eu',
      quote: 'Kinderbetreuung',
      body: 'Sehr wichtig – viele Mütter können sonst nicht teilnehmen.',
    },
    {
      section: 2,
      by: 'business@demo.belong.eu',
      quote: '300 Ausbildungs- und Praktikumsplätze',
      body: 'Wir tragen das mit, brauchen aber eine feste Ansprechperson bei der Kammer.',
    },
    { section: 3, by: 'official@demo.belong.eu', quote: 'bis 2030', body: 'Die Zahl ist mit dem Haushalt 2027 noch abzustimmen.' },
  ],
  /** Decisions by signatories (by email) on sections (by index). */
  approvals: [
    { section: 0, by: 'ngo@demo.belong.eu', decision: 'approve' as const },
    { section: 0, by: 'business@demo.belong.eu', decision: 'approve' as const },
    { section: 0, by: 'migrants@demo.belong.eu', decision: 'approve' as const },
    { section: 1, by: 'ngo@demo.belong.eu', decision: 'approve' as const },
    {
      section: 2,
      by: 'migrants@demo.belong.eu',
      decision: 'request_changes' as const,
      note: 'Es fehlen Zusagen zur Anerkennung von Berufserfahrung.',
    },
  ],
};
