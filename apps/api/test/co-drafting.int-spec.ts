import { draftStrategy } from './support/strategy-fixtures';
import { world, type World } from './support/fixtures';
import { decideOnCurrent, send } from './support/http';
import { countQueries, createTestApp, type TestApp } from './support/test-app';

describe('co-drafting under load and concurrency', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  });
  afterAll(() => t.close());

  it('lets exactly one of two concurrent edits with the same If-Match through; the other gets 412', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Ausgangstext']);
    const id = s.sectionIds[0]!;
    const edit = (body: string) => send(t, 'patch', `/api/sections/${id}`, w.people.coordinator, { body }).set('If-Match', '"1"');
    const results = await Promise.all([edit('Fassung A'), edit('Fassung B')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
    const winner = results.find((r) => r.status === 200)!;
    const section = await send(t, 'get', `/api/sections/${id}`, w.people.coordinator).expect(200);
    expect(section.body).toEqual(expect.objectContaining({ revision: 2, body: winner.body.body }));
    const revisions = await send(t, 'get', `/api/sections/${id}/revisions`, w.people.coordinator).expect(200);
    expect(revisions.body.items).toHaveLength(2);
  });

  it('reads a strategy with the same number of queries for 5 sections as for 60, approvals included', async () => {
    const small = await draftStrategy(
      t,
      w.leipzig,
      w.people.coordinator,
      Array.from({ length: 5 }, (_, i) => `Text ${i}`),
      'consultation',
    );
    const large = await draftStrategy(
      t,
      w.leipzig,
      w.people.coordinator,
      Array.from({ length: 60 }, (_, i) => `Text ${i}`),
      'consultation',
    );
    for (const id of [...small.sectionIds, ...large.sectionIds]) {
      await decideOnCurrent(t, id, w.people.signatory, { decision: 'approve' });
      await send(t, 'post', `/api/sections/${id}/comments`, w.people.stakeholder, { body: 'Anmerkung' }).expect(201);
    }
    const read = (id: string) => countQueries(t, () => send(t, 'get', `/api/strategies/${id}`, w.people.observer).expect(200));
    const [few, many] = [await read(small.id), await read(large.id)];
    expect(many).toBe(few);
    const detail = await send(t, 'get', `/api/strategies/${large.id}`, w.people.observer).expect(200);
    expect(detail.body.sections).toHaveLength(60);
    expect(detail.body.sections[59]).toEqual(
      expect.objectContaining({
        position: 60,
        openComments: 1,
        approval: { state: 'pending', approvals: 1, required: 2, missingTypes: [] },
      }),
    );
  });

  it('records every co-drafting write in the audit log', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Text'], 'consultation');
    const id = s.sectionIds[0]!;
    const c = await send(t, 'post', `/api/sections/${id}/comments`, w.people.signatory, { body: 'Frage' }).expect(201);
    await send(t, 'patch', `/api/comments/${c.body.id}`, w.people.coordinator, { status: 'resolved' }).expect(200);
    await decideOnCurrent(t, id, w.people.signatory, { decision: 'request_changes' });
    await send(t, 'patch', `/api/sections/${id}`, w.people.coordinator, { body: 'Text, verbessert' }).set('If-Match', '"1"').expect(200);
    await send(t, 'patch', `/api/strategies/${s.id}`, w.people.coordinator, { title: 'Neu' }).set('If-Match', '"2"').expect(200);
    const log: Array<{ entityId: string; action: string }> = [];
    for (let cursor = ''; ;) {
      const page = await send(t, 'get', `/api/regions/${w.leipzig}/audit?limit=200${cursor}`, w.people.coordinator).expect(200);
      log.push(...page.body.items);
      if (!page.body.nextCursor) break;
      cursor = `&cursor=${encodeURIComponent(page.body.nextCursor)}`;
    }
    const mine = log.filter((e) => [s.id, id, c.body.id].includes(e.entityId)).map((e) => e.action);
    expect(mine).toEqual([
      'strategy.created',
      'section.created',
      'strategy.moved',
      'comment.created',
      'comment.resolved',
      'section.changes_requested',
      'section.updated',
      'strategy.updated',
    ]);
  });
});
