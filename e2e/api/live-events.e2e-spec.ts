import { world, type World } from '../../apps/api/test/support/fixtures';
import { openEventStream } from '../../apps/api/test/support/event-stream';
import { expectProblem, send } from '../../apps/api/test/support/http';
import { draftStrategy } from '../../apps/api/test/support/strategy-fixtures';
import { createTestApp, listening, startSecondInstance, type TestApp } from '../../apps/api/test/support/test-app';

describe('live updates (GET /api/events)', () => {
  let t: TestApp;
  let w: World;
  let baseUrl: string;
  const streams: Array<{ close(): void }> = [];
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    baseUrl = await listening(t);
  });
  afterAll(async () => {
    for (const s of streams) s.close();
    await t.close();
  });
  const open = async (bearer: string, lastEventId?: string, at = baseUrl) => {
    const stream = await openEventStream(at, bearer, lastEventId);
    streams.push(stream);
    return stream;
  };

  it('needs a session', async () => {
    expectProblem(await send(t, 'get', '/api/events'), 401, 'UNAUTHENTICATED');
  });

  it('tells an open page of a comment within moments, by ids only', async () => {
    const strategy = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Text.'], 'consultation');
    const [sectionId] = strategy.sectionIds as [string];
    const signatory = await open(w.people.signatory.bearer);
    const comment = await send(t, 'post', `/api/sections/${sectionId}/comments`, w.people.stakeholder, {
      body: 'Ein geheimer Gedanke.',
    }).expect(201);
    const event = await signatory.waitFor((e) => e.entity.id === comment.body.id);
    expect(event).toEqual({
      id: expect.any(String),
      type: 'comment.created',
      entity: { type: 'comment', id: comment.body.id },
      strategyId: strategy.id,
      regionId: w.leipzig,
    });
    expect(JSON.stringify(signatory.events)).not.toContain('geheimer');
  });

  it('sends nothing of a draft to those who may not read it, nor anything of another region', async () => {
    const observer = await open(w.people.observer.bearer);
    const donegal = await open(w.people.donegalCoordinator.bearer);
    const coordinator = await open(w.people.coordinator.bearer);
    const draft = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Entwurf.']);
    await coordinator.waitFor((e) => e.entity.id === draft.sectionIds[0]);
    const open_ = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Offen.'], 'consultation');
    await observer.waitFor((e) => e.entity.id === open_.id && e.type === 'strategy.moved');
    expect(observer.events.filter((e) => e.strategyId === draft.id)).toEqual([]);
    expect(donegal.events.filter((e) => e.regionId === w.leipzig)).toEqual([]);
  });

  it('gives a browser that reconnects what it missed (Last-Event-ID)', async () => {
    const strategy = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Eins.'], 'consultation');
    const first = await open(w.people.signatory.bearer);
    await send(t, 'post', `/api/sections/${strategy.sectionIds[0]}/comments`, w.people.stakeholder, { body: 'Erster.' }).expect(201);
    const seen = await first.waitFor((e) => e.type === 'comment.created' && e.strategyId === strategy.id);
    first.close();
    const missed = await send(t, 'post', `/api/sections/${strategy.sectionIds[0]}/comments`, w.people.stakeholder, {
      body: 'Zweiter.',
    }).expect(201);
    const again = await open(w.people.signatory.bearer, seen.id);
    await again.waitFor((e) => e.entity.id === missed.body.id);
  });

  it('carries an event written by one API instance to a browser connected to another', async () => {
    const second = await startSecondInstance(t);
    try {
      const strategy = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Eins.'], 'consultation');
      const listener = await open(w.people.signatory.bearer);
      const comment = await second
        .http()
        .post(`/api/sections/${strategy.sectionIds[0]}/comments`)
        .set('Authorization', w.people.stakeholder.bearer)
        .send({ body: 'Über die andere Instanz.' })
        .expect(201);
      await listener.waitFor((e) => e.entity.id === comment.body.id);
      // And the other way round: the second instance streams what this one writes.
      const remote = await open(w.people.signatory.bearer, undefined, second.baseUrl);
      const local = await send(t, 'post', `/api/sections/${strategy.sectionIds[0]}/comments`, w.people.stakeholder, {
        body: 'Hierher.',
      }).expect(201);
      await remote.waitFor((e) => e.entity.id === local.body.id);
    } finally {
      for (const s of streams) s.close();
      await second.stop();
    }
  });
});
