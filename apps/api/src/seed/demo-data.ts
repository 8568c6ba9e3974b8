import type { CreateOrganisationRequest, Role } from '@belong/contracts';

/** Every demo account signs in with this password; `DEMO_DATA=false` leaves the demo out. */
export const demoPassword = 'belong-demo-2026';

export interface DemoPerson {
  email: string;
  name: string;
  locale: 'en' | 'de';
  region: string;
  role: Role;
  organisation?: string;
  signatory?: boolean;
  department?: string;
}

export const demoOrganisations: Array<CreateOrganisationRequest & { region: string }> = [
  { region: 'leipzig', name: 'Willkommen in Leipzig e.V.', type: 'ngo', website: 'https://willkommen-leipzig.example.org' },
  { region: 'leipzig', name: 'Sächsische Maschinenbau GmbH', type: 'business' },
  { region: 'leipzig', name: 'Migrantenbeirat Leipzig', type: 'migrant_organisation' },
  { region: 'donegal', name: 'Donegal Intercultural Platform', type: 'ngo' },
];

export const demoPeople: DemoPerson[] = [
  { email: 'coordinator@demo.belong.eu', name: 'Katrin Vogel', locale: 'de', region: 'leipzig', role: 'coordinator' },
  {
    email: 'ngo@demo.belong.eu',
    name: 'Amira Haddad',
    locale: 'de',
    region: 'leipzig',
    role: 'stakeholder',
    organisation: 'Willkommen in Leipzig e.V.',
    signatory: true,
  },
  {
    email: 'business@demo.belong.eu',
    name: 'Jonas Richter',
    locale: 'de',
    region: 'leipzig',
    role: 'stakeholder',
    organisation: 'Sächsische Maschinenbau GmbH',
    signatory: true,
  },
  {
    email: 'migrants@demo.belong.eu',
    name: 'Tetiana Koval',
    locale: 'en',
    region: 'leipzig',
    role: 'stakeholder',
    organisation: 'Migrantenbeirat Leipzig',
    signatory: true,
  },
  {
    email: 'official@demo.belong.eu',
    name: 'Dr. Stefan Krause',
    locale: 'de',
    region: 'leipzig',
    role: 'official',
    department: 'Referat Migration und Integration',
  },
  { email: 'observer@demo.belong.eu', name: 'Lena Schmidt', locale: 'en', region: 'leipzig', role: 'observer' },
  {
    email: 'donegal@demo.belong.eu',
    name: 'Siobhán Ní Dhomhnaill',
    locale: 'en',
    region: 'donegal',
    role: 'stakeholder',
    organisation: 'Donegal Intercultural Platform',
    signatory: true,
  },
];
