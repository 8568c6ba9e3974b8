import { draftStrategy } from '../../apps/api/test/support/strategy-fixtures';
import { world, type World } from '../../apps/api/test/support/fixtures';
import { expectProblem, fieldPaths, send } from '../../apps/api/test/support/http';
import { createTestApp, type TestApp } from '../../apps/api/test/support/test-app';

describe('sections', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  });
  afterAll(() => t.close());

  const edit = (id: string, revision: number, body: object, who = w.people.coordinator) =>
    send(t, 'patch', `/api/sections/${id}`, who, body).set('If-Match', `"${revision}"`);

  it('needs a session (401)', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['x']);
    expectProblem(await send(t, 'get', `/api/sections/${s.sectionIds[0]}`), 401, 'UNAUTHENTICATED');
    expectProblem(await send(t, 'patch', `/api/sections/${s.sectionIds[0]}`, null, { body: 'y' }), 401, 'UNAUTHENTICATED');
    expectProblem(await send(t, 'post', `/api/strategies/${s.id}/sections`, null, {}), 401, 'UNAUTHENTICATED');
  });

  it('are added in order, or at a position, with revision 1', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Arbeit', 'Wohnen']);
    const inserted = await send(t, 'post', `/api/strategies/${s.id}/sections`, w.people.coordinator, {
      heading: 'Sprache',
      body: 'Deutschkurse',
      theme: 'language_learning',
      position: 1,
    }).expect(201);
    expect(inserted.body).toEqual(
      expect.objectContaining({
        position: 1,
        revision: 1,
        theme: 'language_learning',
        approval: { state: 'pending', approvals: 0, required: 2, missingTypes: [] },
        openComments: 0,
      }),
    );
    const detail = await send(t, 'get', `/api/strategies/${s.id}`, w.people.coordinator).expect(200);
    expect(detail.body.sections.map((x: { heading: string; position: number }) => [x.position, x.heading])).toEqual([
      [1, 'Sprache'],
      [2, 'Abschnitt 1'],
      [3, 'Abschnitt 2'],
    ]);
  });

  it('answer bad input with 400 naming the fields, and write nothing', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, []);
    const res = await send(t, 'post', `/api/strategies/${s.id}/sections`, w.people.coordinator, { heading: '', body: 5, theme: 'weather' });
    expect(fieldPaths(res).sort()).toEqual(['body.body', 'body.heading', 'body.theme']);
    expect((await send(t, 'get', `/api/strategies/${s.id}`, w.people.coordinator)).body.sections).toEqual([]);
  });

  it('are edited by coordinators only', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Text'], 'consultation');
    expectProblem(await edit(s.sectionIds[0]!, 1, { body: 'Neu' }, w.people.signatory), 403, 'FORBIDDEN');
    expectProblem(await edit(s.sectionIds[0]!, 1, { body: 'Neu' }, w.people.donegalCoordinator), 404, 'NOT_FOUND');
    expect((await send(t, 'get', `/api/sections/${s.sectionIds[0]}`, w.people.signatory)).body.revision).toBe(1);
  });

  it('keep every revision, and diff any two word by word', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Sprachkurse für alle Neuankömmlinge.']);
    const id = s.sectionIds[0]!;
    const second = await edit(id, 1, { body: 'Sprachkurse für alle Geflüchteten.' }).expect(200);
    expect(second.body.revision).toBe(2);
    expect(second.headers.etag).toBe('"2"');
    await edit(id, 2, { heading: 'Sprache' }).expect(200);
    const revisions = await send(t, 'get', `/api/sections/${id}/revisions`, w.people.coordinator).expect(200);
    expect(
      revisions.body.items.map((r: { revision: number; heading: string; authorName: string }) => [r.revision, r.heading, r.authorName]),
    ).toEqual([
      [3, 'Sprache', 'Coordinator Leipzig'],
      [2, 'Abschnitt 1', 'Coordinator Leipzig'],
      [1, 'Abschnitt 1', 'Coordinator Leipzig'],
    ]);
    expect(revisions.body.nextCursor).toBeNull();
    // Cut off, a list says so, and goes on where it stopped.
    const page = (await send(t, 'get', `/api/sections/${id}/revisions?limit=2`, w.people.coordinator).expect(200)).body;
    expect(page.items.map((r: { revision: number }) => r.revision)).toEqual([3, 2]);
    const rest = (
      await send(
        t,
        'get',
        `/api/sections/${id}/revisions?limit=2&cursor=${encodeURIComponent(page.nextCursor)}`,
        w.people.coordinator,
      ).expect(200)
    ).body;
    expect(rest).toEqual({ items: [expect.objectContaining({ revision: 1 })], nextCursor: null });
    const diff = await send(t, 'get', `/api/sections/${id}/diff?from=1&to=2`, w.people.coordinator).expect(200);
    expect(diff.body).toEqual({
      from: 1,
      to: 2,
      changes: [
        { op: 'equal', text: 'Abschnitt 1\n\nSprachkurse für alle ' },
        { op: 'delete', text: 'Neuankömmlinge.' },
        { op: 'insert', text: 'Geflüchteten.' },
      ],
    });
    expectProblem(await send(t, 'get', `/api/sections/${id}/diff?from=1&to=9`, w.people.coordinator), 404, 'NOT_FOUND');
    expect(fieldPaths(await send(t, 'get', `/api/sections/${id}/diff?from=x`, w.people.coordinator)).sort()).toEqual([
      'query.from',
      'query.to',
    ]);
  });

  it('need If-Match: 428 without, 412 with a stale revision, and the text is kept', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Original']);
    const id = s.sectionIds[0]!;
    expectProblem(await send(t, 'patch', `/api/sections/${id}`, w.people.coordinator, { body: 'Ohne' }), 428, 'PRECONDITION_REQUIRED');
    await edit(id, 1, { body: 'Erste Änderung' }).expect(200);
    const stale = await edit(id, 1, { body: 'Zweite Änderung, auf alter Grundlage' });
    expectProblem(stale, 412, 'STALE_REVISION');
    expect(stale.body.currentRevision).toBe(2);
    expect((await send(t, 'get', `/api/sections/${id}`, w.people.coordinator)).body.body).toBe('Erste Änderung');
  });

  it('move as a change like any other: a new revision, so that a second mover on the old one is told', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['A', 'B', 'C']);
    const moved = await edit(s.sectionIds[2]!, 1, { position: 1 }).expect(200);
    expect(moved.body).toEqual(expect.objectContaining({ position: 1, revision: 2, body: 'C' }));
    expectProblem(await edit(s.sectionIds[2]!, 1, { position: 3 }), 412, 'STALE_REVISION');
    const detail = await send(t, 'get', `/api/strategies/${s.id}`, w.people.coordinator).expect(200);
    expect(detail.body.sections.map((x: { body: string }) => x.body)).toEqual(['C', 'A', 'B']);
  });

  it('change nothing on an empty PATCH or one that repeats the text: no revision, no audit event', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Gleich']);
    const id = s.sectionIds[0]!;
    const events = async () => (await send(t, 'get', `/api/regions/${w.leipzig}/audit?limit=200`, w.people.coordinator)).body.items.length;
    const before = await events();
    expect((await edit(id, 1, {}).expect(200)).body.revision).toBe(1);
    expect((await edit(id, 1, { body: 'Gleich', position: 1 }).expect(200)).body.revision).toBe(1);
    expect(await events()).toBe(before);
  });

  it('tell where they stand without reading the other sections', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Eins', 'Zwei', 'Drei']);
    const middle = (await send(t, 'get', `/api/sections/${s.sectionIds[1]}`, w.people.coordinator).expect(200)).body;
    expect(middle).toEqual(
      expect.objectContaining({
        strategy: expect.objectContaining({ id: s.id, status: 'draft', language: 'de', title: 'Integrationsstrategie 2027' }),
        count: 3,
        previous: { id: s.sectionIds[0], heading: 'Abschnitt 1' },
        next: { id: s.sectionIds[2], heading: 'Abschnitt 3' },
        can: ['edit', 'translate'],
      }),
    );
  });

  it('are frozen once the strategy is submitted (409)', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Text']);
    await t.db.query(`UPDATE strategies SET status = 'submitted' WHERE id = $1`, [s.id]);
    expectProblem(await edit(s.sectionIds[0]!, 1, { body: 'Zu spät' }), 409, 'TEXT_FROZEN');
    expectProblem(
      await send(t, 'post', `/api/strategies/${s.id}/sections`, w.people.coordinator, { heading: 'H', body: 'B', theme: 'health' }),
      409,
      'TEXT_FROZEN',
    );
  });
});
