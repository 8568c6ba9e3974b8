import { regionActions } from '@belong/contracts';
import { world } from '../../apps/api/test/support/fixtures';
import { expectProblem, fieldPaths, send } from '../../apps/api/test/support/http';
import { createTestApp, type TestApp } from '../../apps/api/test/support/test-app';

describe('regions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists the eleven partner regions with their facts, to anyone', async () => {
    const res = await t.http().get('/api/regions').expect(200);
    expect(res.body.nextCursor).toBeNull();
    const byCode = Object.fromEntries((res.body.items as Array<{ code: string }>).map((r) => [r.code, r]));
    expect(Object.keys(byCode).sort()).toEqual([
      'arad',
      'catalonia',
      'donegal',
      'emilia-romagna',
      'leipzig',
      'navarra',
      'pomorskie',
      'salzburg',
      'timis',
      'vastra-gotaland',
      'wielkopolska',
    ]);
    expect(byCode.donegal).toEqual({
      id: expect.any(String),
      code: 'donegal',
      name: 'Donegal / Dún na nGall',
      country: 'IE',
      nuts: 'IE041',
      languages: ['en', 'ga'],
      authority: 'Donegal County Council',
      can: [],
    });
    expect(byCode.catalonia).toEqual(expect.objectContaining({ name: 'Catalunya', languages: ['ca', 'es'], nuts: 'ES51' }));
    expect(byCode.timis).toEqual(expect.objectContaining({ name: 'Timiș', nuts: 'RO424', authority: 'Timiș County Council' }));
  });

  it('shows one region, 404 for an unknown id and 400 naming a malformed one', async () => {
    const list = await t.http().get('/api/regions').expect(200);
    const salzburg = (list.body.items as Array<{ id: string; code: string }>).find((r) => r.code === 'salzburg')!;
    expect((await t.http().get(`/api/regions/${salzburg.id}`).expect(200)).body).toEqual(
      expect.objectContaining({ name: 'Salzburg', country: 'AT', nuts: 'AT32' }),
    );
    expectProblem(await t.http().get('/api/regions/6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b'), 404, 'NOT_FOUND');
    const bad = await t.http().get('/api/regions/leipzig');
    expectProblem(bad, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(bad)).toEqual(['params.regionId']);
  });

  it('tell a signed-in caller what they may do in each region, and a stale session nothing (still 200)', async () => {
    const w = await world(t);
    const region = (who: Parameters<typeof send>[3]) => send(t, 'get', `/api/regions/${w.leipzig}`, who).expect(200);
    // A coordinator may do everything in their region.
    expect((await region(w.people.coordinator)).body.can).toEqual([...regionActions]);
    expect((await region(w.people.observer)).body.can).toEqual(['readOrganisations', 'readProposals']);
    expect((await region(w.people.donegalCoordinator)).body.can).toEqual([]);
    expect((await region({ ...w.people.coordinator, bearer: 'Bearer not-a-session' })).body.can).toEqual([]);
    const list = (await send(t, 'get', '/api/regions', w.people.donegalCoordinator).expect(200)).body.items as Array<{
      id: string;
      can: string[];
    }>;
    expect(list.find((r) => r.id === w.donegal)!.can).toContain('manageMembers');
  });
});
