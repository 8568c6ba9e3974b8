import { draftStrategy } from './support/strategy-fixtures';
import { world, type World } from './support/fixtures';
import { send } from './support/http';
import { countQueries, createTestApp, type TestApp } from './support/test-app';

/** Proposal and recommendation lists issue a fixed number of queries, whatever their length. */
describe('proposal and recommendation lists under load', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  });
  afterAll(() => t.close());

  async function acceptedProposals(n: number, sectionId: string): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const p = (
        await send(t, 'post', `/api/regions/${w.leipzig}/proposals`, w.people.signatory, {
          title: `P${i}`,
          problem: 'x',
          proposal: 'y',
          sectionId,
          suggestedText: `Text ${i}`,
        }).expect(201)
      ).body;
      await send(t, 'post', `/api/proposals/${p.id}/endorsements`, w.people.stakeholder).expect(201);
      await send(t, 'post', `/api/proposals/${p.id}/transitions`, w.people.coordinator, { to: 'under_review' }).expect(200);
      await send(t, 'post', `/api/proposals/${p.id}/transitions`, w.people.coordinator, { to: 'accepted', answer: 'ok' }).expect(200);
      ids.push(p.id);
    }
    return ids;
  }

  it('stay at the same number of queries for 3 items as for 25', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Text'], 'consultation');
    const sectionId = s.sectionIds[0]!;
    const proposals = `/api/regions/${w.leipzig}/proposals?limit=200`;
    const recommendations = `/api/strategies/${s.id}/recommendations?limit=200`;
    const read = (path: string) => countQueries(t, () => send(t, 'get', path, w.people.coordinator).expect(200));
    const recommend = async (ids: string[]) => {
      for (const id of ids)
        await send(t, 'post', `/api/strategies/${s.id}/recommendations`, w.people.coordinator, {
          title: 'R',
          body: 'B',
          proposalIds: [id],
        }).expect(201);
    };

    await recommend(await acceptedProposals(3, sectionId));
    const few = { proposals: await read(proposals), recommendations: await read(recommendations) };
    await recommend(await acceptedProposals(22, sectionId));
    const many = { proposals: await read(proposals), recommendations: await read(recommendations) };

    expect(many).toEqual(few);
    const page = (await send(t, 'get', proposals, w.people.observer)).body.items;
    expect(page).toHaveLength(25);
    expect(page.every((p: { endorsements: number }) => p.endorsements === 1)).toBe(true);
  });
});
