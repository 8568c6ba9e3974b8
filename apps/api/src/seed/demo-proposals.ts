/** Proposals of the Leipzig demo, one in every state, and an earlier strategy the authority answered and adopted. */
export const demoProposals = [
  {
    by: 'ngo@demo.belong.eu',
    section: 1,
    title: 'Online-Sprachkurse für den ländlichen Raum',
    problem: 'Im Landkreis fehlen Kursorte; die Wege nach Leipzig sind lang.',
    proposal: 'Die Region fördert Online-Kurse mit Präsenztagen in den Willkommenszentren.',
    suggestedText:
      'Sprachkurse stehen allen offen, unabhängig vom Aufenthaltsstatus. Kurse am Abend, am Wochenende und online ergänzen das Angebot für Berufstätige und Menschen im ländlichen Raum. Kinderbetreuung während der Kurse wird angeboten.',
    endorsedBy: ['business@demo.belong.eu', 'migrants@demo.belong.eu'],
    moves: [],
  },
  {
    by: 'migrants@demo.belong.eu',
    section: 4,
    title: 'Stimmrecht im Integrationsbeirat',
    problem: 'Migrantenorganisationen werden angehört, entscheiden aber nicht mit.',
    proposal: 'Feste Sitze mit Stimmrecht für Migrantenorganisationen in allen Gremien.',
    endorsedBy: ['ngo@demo.belong.eu'],
    moves: [{ to: 'under_review' as const }],
  },
  {
    by: 'business@demo.belong.eu',
    section: 2,
    title: 'Servicestelle Anerkennung bei der Kammer',
    problem: 'Anerkennungsverfahren dauern über ein Jahr.',
    proposal: 'Eine gemeinsame Servicestelle von Kammer und Region mit festen Fristen.',
    endorsedBy: ['ngo@demo.belong.eu'],
    moves: [
      { to: 'under_review' as const },
      { to: 'accepted' as const, answer: 'Wir richten die Servicestelle 2027 ein; die Kammer hat zugesagt.' },
    ],
  },
  {
    by: 'ngo@demo.belong.eu',
    section: 3,
    title: 'Wohnungsbörse mit Mehrsprachigkeit',
    problem: 'Wohnungsangebote sind nur auf Deutsch zugänglich.',
    proposal: 'Eine mehrsprachige Wohnungsbörse mit Beratung.',
    endorsedBy: [],
    moves: [
      { to: 'under_review' as const },
      { to: 'partially_accepted' as const, answer: 'Die Beratung wird mehrsprachig; eine eigene Börse ist nicht finanzierbar.' },
    ],
  },
  {
    by: 'business@demo.belong.eu',
    section: 0,
    title: 'Willkommenszentrum im Gewerbegebiet',
    problem: 'Beschäftigte kommen zu den Öffnungszeiten nicht in die Zentren.',
    proposal: 'Ein viertes Zentrum im Gewerbegebiet Nord.',
    endorsedBy: [],
    moves: [
      { to: 'under_review' as const },
      { to: 'rejected' as const, answer: 'Stattdessen verlängern die bestehenden Zentren ihre Öffnungszeiten.' },
    ],
  },
  {
    by: 'migrants@demo.belong.eu',
    section: 1,
    title: 'Kurse nur für Frauen',
    problem: 'Manche Frauen nehmen an gemischten Kursen nicht teil.',
    proposal: 'Eigene Kurse mit Kinderbetreuung.',
    endorsedBy: [],
    moves: [{ to: 'withdrawn' as const }],
  },
];

export const demoPastStrategy = {
  title: 'Leipziger Integrationskonzept 2023–2026',
  sections: [
    {
      heading: 'Beratung',
      theme: 'reception_orientation' as const,
      body: 'Die Region berät Neuankommende in den ersten Monaten persönlich.',
    },
    { heading: 'Arbeit', theme: 'employment' as const, body: 'Betriebe und Region schaffen gemeinsam Praktikumsplätze.' },
  ],
  proposal: {
    by: 'ngo@demo.belong.eu',
    title: 'Lotsenprogramm ausbauen',
    problem: 'Zu wenige Lotsinnen und Lotsen für neue Sprachen.',
    proposal: 'Jährlich 40 neue Lotsinnen und Lotsen ausbilden.',
    answer: 'Angenommen: 40 Plätze jährlich.',
  },
  recommendation: {
    title: 'Lotsenprogramm verstetigen',
    body: 'Die Region finanziert das Lotsenprogramm dauerhaft und bildet jährlich 40 Lotsinnen und Lotsen aus.',
  },
  response: {
    decision: 'agreed' as const,
    answer: 'Die Mittel sind im Doppelhaushalt 2025/26 eingestellt.',
    department: 'Referat Migration und Integration',
    dueDate: '2026-12-31',
  },
};
