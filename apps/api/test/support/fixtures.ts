import type { OrganisationType, Role } from '@belong/contracts';
import { SessionsService } from '../../src/modules/auth/sessions.service';
import { MembersService } from '../../src/modules/members/members.service';
import { OrganisationsService } from '../../src/modules/organisations/organisations.service';
import { RegionsService } from '../../src/modules/regions/regions.service';
import { UsersService } from '../../src/modules/users/users.service';
import type { TestApp } from './test-app';

export interface Actor {
  userId: string;
  email: string;
  /** `Authorization` header value for this person's session. */
  bearer: string;
}

export const password = 'correct horse battery staple';

export async function regionId(t: TestApp, code: string): Promise<string> {
  return t.app.get(RegionsService).idOf(code);
}

export async function person(t: TestApp, name: string, options: { isAdmin?: boolean } = {}): Promise<Actor> {
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@test.belong.eu`;
  const user = await t.app.get(UsersService).insert(null, { email, name, password, isAdmin: options.isAdmin });
  const { token } = await t.app.get(SessionsService).open(user.id);
  return { userId: user.id, email, bearer: `Bearer ${token}` };
}

export async function organisation(t: TestApp, region: string, name: string, type: OrganisationType = 'ngo'): Promise<string> {
  return (await t.app.get(OrganisationsService).insert(null, region, { name, type })).id;
}

export async function member(
  t: TestApp,
  region: string,
  actor: Actor,
  role: Role,
  extra: { organisationId?: string; signatory?: boolean; department?: string } = {},
): Promise<void> {
  await t.app.get(MembersService).insert(null, region, { userId: actor.userId, role, ...extra });
}

/** Leipzig with one person of every role, Donegal with a coordinator, an admin and an outsider. */
export async function world(t: TestApp) {
  const leipzig = await regionId(t, 'leipzig');
  const donegal = await regionId(t, 'donegal');
  const ngo = await organisation(t, leipzig, 'Willkommen e.V.', 'ngo');
  const business = await organisation(t, leipzig, 'Maschinenbau GmbH', 'business');
  const [admin, coordinator, signatory, stakeholder, official, observer, donegalCoordinator, outsider] = await Promise.all([
    person(t, 'Admin Person', { isAdmin: true }),
    person(t, 'Coordinator Leipzig'),
    person(t, 'Signatory Ngo'),
    person(t, 'Stakeholder Business'),
    person(t, 'Official Leipzig'),
    person(t, 'Observer Leipzig'),
    person(t, 'Coordinator Donegal'),
    person(t, 'Outsider'),
  ]);
  await member(t, leipzig, coordinator, 'coordinator');
  await member(t, leipzig, signatory, 'stakeholder', { organisationId: ngo, signatory: true });
  await member(t, leipzig, stakeholder, 'stakeholder', { organisationId: business });
  await member(t, leipzig, official, 'official', { department: 'Integration' });
  await member(t, leipzig, observer, 'observer');
  await member(t, donegal, donegalCoordinator, 'coordinator');
  return {
    leipzig,
    donegal,
    organisations: { ngo, business },
    people: { admin, coordinator, signatory, stakeholder, official, observer, donegalCoordinator, outsider },
  };
}
export type World = Awaited<ReturnType<typeof world>>;

/** A signatory for the business: with the NGO's signatory, two organisations can approve a section. */
export async function businessSignatoryOf(t: TestApp, w: World): Promise<Actor> {
  const signatory = await person(t, 'Business Signatory');
  await member(t, w.leipzig, signatory, 'stakeholder', { organisationId: w.organisations.business, signatory: true });
  return signatory;
}
