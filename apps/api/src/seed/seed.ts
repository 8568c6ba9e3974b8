import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '../infra/config/config';
import { MembersService } from '../modules/members/members.service';
import { OrganisationsService } from '../modules/organisations/organisations.service';
import { RegionsService } from '../modules/regions/regions.service';
import { UsersService } from '../modules/users/users.service';
import { demoOrganisations, demoPassword, demoPeople } from './demo-data';
import { loadDemoPastStrategy, loadDemoProposals } from './seed-proposals';
import { loadDemoStrategy } from './seed-strategy';

export interface SeedReport {
  admin: 'created' | 'exists' | 'not configured';
  demo: 'loaded' | 'off';
}

/**
 * Brings the database to its start state: the administrator from the environment and the demo data.
 * Safe to run at every start: what exists is left as it is, nothing is added twice.
 */
export async function seed(app: INestApplication, config: AppConfig): Promise<SeedReport> {
  const users = app.get(UsersService);
  let admin: SeedReport['admin'] = 'not configured';
  if (config.admin) {
    const existing = await users.findByEmail(config.admin.email);
    admin = existing ? 'exists' : 'created';
    if (!existing)
      await users.insert(null, { email: config.admin.email, name: 'Administrator', password: config.admin.password, isAdmin: true });
  }
  if (config.demoData) {
    await loadDemo(app);
    await loadDemoStrategy(app);
    await loadDemoProposals(app);
    await loadDemoPastStrategy(app);
  }
  return { admin, demo: config.demoData ? 'loaded' : 'off' };
}

async function loadDemo(app: INestApplication): Promise<void> {
  const users = app.get(UsersService);
  const organisations = app.get(OrganisationsService);
  const members = app.get(MembersService);
  const regionIds = new Map((await app.get(RegionsService).list(null)).items.map((r) => [r.code, r.id]));
  const regionId = (code: string): string => {
    const id = regionIds.get(code);
    if (!id) throw new Error(`Demo data names an unknown region: ${code}`);
    return id;
  };

  const organisationIds = new Map<string, string>();
  for (const { region, ...organisation } of demoOrganisations) {
    const existing = await organisations.findByName(regionId(region), organisation.name);
    organisationIds.set(organisation.name, existing?.id ?? (await organisations.insert(null, regionId(region), organisation)).id);
  }

  for (const person of demoPeople) {
    const userId =
      (await users.findByEmail(person.email))?.id ??
      (await users.insert(null, { email: person.email, name: person.name, password: demoPassword, locale: person.locale })).id;
    if (await members.isMember(regionId(person.region), userId)) continue;
    await members.insert(null, regionId(person.region), {
      userId,
      role: person.role,
      organisationId: person.organisation ? organisationIds.get(person.organisation) : undefined,
      signatory: person.signatory,
      department: person.department,
    });
  }
}
