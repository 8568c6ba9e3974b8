import { member, organisation, person, world, type World } from './support/fixtures';
import { send } from './support/http';
import { countQueries, createTestApp, type TestApp } from './support/test-app';

/** A list issues a fixed number of queries, whatever the size of the page: no query per row. */
describe('queries per list request', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  });
  afterAll(() => t.close());

  const listQueries = (path: string) => countQueries(t, () => send(t, 'get', path, w.people.coordinator).expect(200));

  it('stay the same for 7 members as for 40, and for 2 organisations as for 35', async () => {
    const members = `/api/regions/${w.leipzig}/members?limit=200`;
    const organisations = `/api/regions/${w.leipzig}/organisations?limit=200`;
    const few = { members: await listQueries(members), organisations: await listQueries(organisations) };

    for (let i = 0; i < 33; i++) {
      const org = await organisation(t, w.leipzig, `Counted Org ${i}`, 'business');
      await member(t, w.leipzig, await person(t, `Counted Person ${i}`), 'stakeholder', { organisationId: org });
    }
    const many = { members: await listQueries(members), organisations: await listQueries(organisations) };

    expect(many).toEqual(few);
    // Session, user and memberships of the caller; the region; the page; the people and organisations it names.
    expect(few.members).toBeLessThanOrEqual(7);
  });
});
