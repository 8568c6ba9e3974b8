import { draftStrategy } from '../../apps/api/test/support/strategy-fixtures';
import { world, type World } from '../../apps/api/test/support/fixtures';
import { expectProblem, fieldPaths, send } from '../../apps/api/test/support/http';
import { createTestApp, type TestApp } from '../../apps/api/test/support/test-app';

describe('strategies', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  });
  afterAll(() => t.close());

  type Who = keyof World['people'];
  const strategiesOf = (region: string) => `/api/regions/${region}/strategies`;

  it('needs a session (401)', async () => {
    expectProblem(await send(t, 'get', strategiesOf(w.leipzig)), 401, 'UNAUTHENTICATED');
    expectProblem(await send(t, 'post', strategiesOf(w.leipzig), null, { title: 'x', language: 'de' }), 401, 'UNAUTHENTICATED');
  });

  it('are started as drafts by coordinators, with revision 1 and the default approval rule', async () => {
    const res = await send(t, 'post', strategiesOf(w.leipzig), w.people.coordinator, {
      title: 'Leipzig integriert',
      language: 'de',
    }).expect(201);
    expect(res.body).toEqual(
      expect.objectContaining({
        regionId: w.leipzig,
        title: 'Leipzig integriert',
        language: 'de',
        status: 'draft',
        revision: 1,
        approvalRule: { minOrganisations: 2, requiredTypes: [] },
      }),
    );
    expect(res.headers.etag).toBe('"1"');
  });

  it.each<[Who, number]>([
    ['signatory', 403],
    ['official', 403],
    ['observer', 403],
    ['donegalCoordinator', 404],
    ['outsider', 404],
  ])('are not started by %s (%i), and nothing is written', async (who, status) => {
    const count = async () => (await t.db.query(`SELECT count(*)::int AS n FROM strategies`))[0].n as number;
    const before = await count();
    expect((await send(t, 'post', strategiesOf(w.leipzig), w.people[who], { title: 'Nope', language: 'de' })).status).toBe(status);
    expect(await count()).toBe(before);
  });

  it('answers bad input with 400 naming the fields', async () => {
    const res = await send(t, 'post', strategiesOf(w.leipzig), w.people.coordinator, { title: '', language: 'uk' });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res).sort()).toEqual(['body.language', 'body.title']);
  });

  it('keep a draft to the coordinators: other members and other regions get 404', async () => {
    const draft = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Erster Entwurf']);
    await send(t, 'get', `/api/strategies/${draft.id}`, w.people.coordinator).expect(200);
    await send(t, 'get', `/api/strategies/${draft.id}`, w.people.admin).expect(200);
    for (const who of ['signatory', 'official', 'observer', 'donegalCoordinator'] as const) {
      expectProblem(await send(t, 'get', `/api/strategies/${draft.id}`, w.people[who]), 404, 'NOT_FOUND');
      expectProblem(await send(t, 'get', `/api/sections/${draft.sectionIds[0]}`, w.people[who]), 404, 'NOT_FOUND');
    }
    const listed = await send(t, 'get', strategiesOf(w.leipzig), w.people.observer).expect(200);
    expect(listed.body.items.map((s: { id: string }) => s.id)).not.toContain(draft.id);
  });

  it('open to the region in consultation, and to every region once submitted', async () => {
    const open = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Text'], 'consultation');
    const detail = await send(t, 'get', `/api/strategies/${open.id}`, w.people.observer).expect(200);
    expect(detail.body).toEqual(expect.objectContaining({ status: 'consultation', nextStatuses: [] }));
    expect(detail.body.sections).toHaveLength(1);
    expectProblem(await send(t, 'get', `/api/strategies/${open.id}`, w.people.donegalCoordinator), 404, 'NOT_FOUND');
    const elsewhere = await send(t, 'get', `/api/regions/${w.leipzig}/strategies`, w.people.donegalCoordinator).expect(200);
    expect(elsewhere.body.items.map((x: { id: string }) => x.id)).not.toContain(open.id);
  });

  it('move along the workflow and refuse a move it does not have, with the reason', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Text']);
    const refused = await send(t, 'post', `/api/strategies/${s.id}/transitions`, w.people.coordinator, { to: 'adopted' });
    expectProblem(refused, 409, 'TRANSITION_NOT_ALLOWED');
    expect(refused.body).toEqual(expect.objectContaining({ from: 'draft', to: 'adopted', allowed: ['consultation'] }));
    const moved = await send(t, 'post', `/api/strategies/${s.id}/transitions`, w.people.coordinator, { to: 'consultation' }).expect(200);
    expect(moved.body).toEqual(expect.objectContaining({ status: 'consultation', revision: 2, nextStatuses: ['consolidation'] }));
    expectProblem(
      await send(t, 'post', `/api/strategies/${s.id}/transitions`, w.people.signatory, { to: 'consolidation' }),
      403,
      'FORBIDDEN',
    );
  });

  it('are not submitted while a section is not approved, naming the sections', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Erster Abschnitt', 'Zweiter Abschnitt'], 'consolidation');
    const refused = await send(t, 'post', `/api/strategies/${s.id}/transitions`, w.people.coordinator, { to: 'submitted' });
    expectProblem(refused, 409, 'SECTIONS_NOT_APPROVED');
    expect(refused.body.sections.map((x: { id: string; state: string }) => [x.id, x.state])).toEqual([
      [s.sectionIds[0], 'pending'],
      [s.sectionIds[1], 'pending'],
    ]);
  });

  it('are never stored by a cache; a weak ETag of the whole answer makes If-None-Match a 304 until anything in it changes', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Eins'], 'consultation');
    const read = (who = w.people.coordinator) => send(t, 'get', `/api/strategies/${s.id}`, who);
    const first = await read().expect(200);
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.headers.etag).toMatch(/^W\/"/);
    await read().set('If-None-Match', first.headers.etag!).expect(304);
    // The same strategy read by someone who may do other things with it is another answer.
    expect((await read(w.people.observer).expect(200)).headers.etag).not.toBe(first.headers.etag);
    // A comment changes the section's count of open threads, though no revision changes.
    await send(t, 'post', `/api/sections/${s.sectionIds[0]}/comments`, w.people.signatory, { body: 'Frage' }).expect(201);
    const again = await read().set('If-None-Match', first.headers.etag!).expect(200);
    expect(again.body.sections[0].openComments).toBe(1);
    expect(again.body.revision).toBe(first.body.revision);
  });

  it('change title and approval rule with If-Match; 428 without it, 412 when stale', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, []);
    const path = `/api/strategies/${s.id}`;
    expectProblem(await send(t, 'patch', path, w.people.coordinator, { title: 'Neu' }), 428, 'PRECONDITION_REQUIRED');
    const changed = await send(t, 'patch', path, w.people.coordinator, {
      title: 'Neu',
      approvalRule: { minOrganisations: 2, requiredTypes: ['business'] },
    })
      .set('If-Match', '"1"')
      .expect(200);
    expect(changed.body).toEqual(
      expect.objectContaining({
        title: 'Neu',
        revision: 2,
        approvalRule: { minOrganisations: 2, requiredTypes: ['business'] },
      }),
    );
    expect(changed.headers.etag).toBe('"2"');
    const stale = await send(t, 'patch', path, w.people.coordinator, { title: 'Verloren?' }).set('If-Match', '"1"');
    expectProblem(stale, 412, 'STALE_REVISION');
    expect(stale.body.currentRevision).toBe(2);
    expect((await send(t, 'get', path, w.people.coordinator)).body.title).toBe('Neu');
  });

  it('refuse an approval rule the region cannot meet, and any change once submitted', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Eins']);
    const path = `/api/strategies/${s.id}`;
    const tooMany = await send(t, 'patch', path, w.people.coordinator, { approvalRule: { minOrganisations: 7, requiredTypes: [] } }).set(
      'If-Match',
      '"1"',
    );
    expectProblem(tooMany, 409, 'APPROVAL_RULE_UNMEETABLE');
    expect(tooMany.body).toEqual(expect.objectContaining({ organisations: 2, minOrganisations: 7, missingTypes: [] }));
    const nobodyOfType = await send(t, 'patch', path, w.people.coordinator, {
      approvalRule: { minOrganisations: 1, requiredTypes: ['migrant_organisation'] },
    }).set('If-Match', '"1"');
    expectProblem(nobodyOfType, 409, 'APPROVAL_RULE_UNMEETABLE');
    expect(nobodyOfType.body.missingTypes).toEqual(['migrant_organisation']);
    expect((await send(t, 'get', path, w.people.coordinator)).body).toEqual(
      expect.objectContaining({ revision: 1, approvalRule: { minOrganisations: 2, requiredTypes: [] } }),
    );

    await t.db.query(`UPDATE strategies SET status = 'submitted' WHERE id = $1`, [s.id]);
    expectProblem(
      await send(t, 'patch', path, w.people.coordinator, { approvalRule: { minOrganisations: 1, requiredTypes: [] } }).set(
        'If-Match',
        '"1"',
      ),
      409,
      'TEXT_FROZEN',
    );
  });

  it('change nothing on an empty PATCH: same revision, no audit event', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, []);
    const events = async () => (await send(t, 'get', `/api/regions/${w.leipzig}/audit?limit=200`, w.people.coordinator)).body.items.length;
    const before = await events();
    const same = await send(t, 'patch', `/api/strategies/${s.id}`, w.people.coordinator, {}).set('If-Match', '"1"').expect(200);
    expect(same.body.revision).toBe(1);
    expect(await events()).toBe(before);
  });
});
