import { draftStrategy } from '../../apps/api/test/support/strategy-fixtures';
import { world, type World } from '../../apps/api/test/support/fixtures';
import { expectProblem, fieldPaths, send } from '../../apps/api/test/support/http';
import { createTestApp, type TestApp } from '../../apps/api/test/support/test-app';

describe('comments', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  });
  afterAll(() => t.close());

  const text = 'Sprachkurse stehen allen offen. Kurse am Abend und Kurse am Wochenende.';
  const comments = (sectionId: string) => `/api/sections/${sectionId}/comments`;

  it('needs a session (401)', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, [text], 'consultation');
    expectProblem(await send(t, 'get', comments(s.sectionIds[0]!)), 401, 'UNAUTHENTICATED');
    expectProblem(await send(t, 'post', comments(s.sectionIds[0]!), null, { body: 'x' }), 401, 'UNAUTHENTICATED');
  });

  it('are written on quoted words, with the organisation, and answered in threads', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, [text], 'consultation');
    const id = s.sectionIds[0]!;
    const anchored = await send(t, 'post', comments(id), w.people.signatory, {
      body: 'Auch online?',
      anchor: { exact: 'Kurse am Abend', prefix: 'offen. ' },
    }).expect(201);
    expect(anchored.body).toEqual(
      expect.objectContaining({
        body: 'Auch online?',
        anchor: { exact: 'Kurse am Abend', prefix: 'offen. ' },
        outdated: false,
        status: 'open',
        revision: 1,
        authorName: 'Signatory Ngo',
        organisationName: 'Willkommen e.V.',
        parentId: null,
      }),
    );
    const reply = await send(t, 'post', comments(id), w.people.coordinator, { body: 'Ja, ab Herbst.', parentId: anchored.body.id }).expect(
      201,
    );
    expect(reply.body).toEqual(expect.objectContaining({ parentId: anchored.body.id, anchor: null, organisationName: null }));
    const list = await send(t, 'get', comments(id), w.people.observer).expect(200);
    expect(list.body.items.map((c: { body: string }) => c.body)).toEqual(['Auch online?', 'Ja, ab Herbst.']);
    // One open thread, however many replies it has.
    expect((await send(t, 'get', `/api/strategies/${s.id}`, w.people.observer)).body.sections[0].openComments).toBe(1);
  });

  it('stay attached to their words across revisions, and are marked outdated when the words are gone', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, [text], 'consultation');
    const id = s.sectionIds[0]!;
    const kept = await send(t, 'post', comments(id), w.people.signatory, { body: 'Gut', anchor: { exact: 'allen offen' } }).expect(201);
    const lost = await send(t, 'post', comments(id), w.people.stakeholder, {
      body: 'Wann?',
      anchor: { exact: 'Kurse am Wochenende' },
    }).expect(201);
    await send(t, 'patch', `/api/sections/${id}`, w.people.coordinator, { body: 'Neu: Sprachkurse stehen allen offen. Kurse am Abend.' })
      .set('If-Match', '"1"')
      .expect(200);
    const list = await send(t, 'get', comments(id), w.people.signatory).expect(200);
    const byId = Object.fromEntries(list.body.items.map((c: { id: string; outdated: boolean }) => [c.id, c.outdated]));
    expect(byId).toEqual({ [kept.body.id]: false, [lost.body.id]: true });
  });

  it('refuse a quote that is not in the text, a reply to another section, and unknown fields', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, [text, 'Anderer Text'], 'consultation');
    expect(
      fieldPaths(await send(t, 'post', comments(s.sectionIds[0]!), w.people.signatory, { body: 'x', anchor: { exact: 'nicht im Text' } })),
    ).toEqual(['body.anchor.exact']);
    const other = await send(t, 'post', comments(s.sectionIds[1]!), w.people.signatory, { body: 'y' }).expect(201);
    expect(
      fieldPaths(await send(t, 'post', comments(s.sectionIds[0]!), w.people.signatory, { body: 'z', parentId: other.body.id })),
    ).toEqual(['body.parentId']);
    expect(fieldPaths(await send(t, 'post', comments(s.sectionIds[0]!), w.people.signatory, { body: '', colour: 'red' })).sort()).toEqual([
      'body.body',
      'body.colour',
    ]);
    expect((await send(t, 'get', comments(s.sectionIds[0]!), w.people.signatory)).body.items).toEqual([]);
  });

  it('are written by members but observers, while the strategy takes feedback', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, [text], 'consultation');
    expectProblem(await send(t, 'post', comments(s.sectionIds[0]!), w.people.observer, { body: 'Ich beobachte nur' }), 403, 'FORBIDDEN');
    await send(t, 'post', comments(s.sectionIds[0]!), w.people.official, { body: 'Aus Sicht der Behörde' }).expect(201);
    expectProblem(await send(t, 'post', comments(s.sectionIds[0]!), w.people.donegalCoordinator, { body: 'Fremd' }), 404, 'NOT_FOUND');
    const draft = await draftStrategy(t, w.leipzig, w.people.coordinator, [text]);
    expectProblem(
      await send(t, 'post', comments(draft.sectionIds[0]!), w.people.coordinator, { body: 'Noch Entwurf' }),
      409,
      'FEEDBACK_CLOSED',
    );
  });

  it('are resolved by their author or a coordinator, and filtered by status', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, [text], 'consultation');
    const c = await send(t, 'post', comments(s.sectionIds[0]!), w.people.signatory, { body: 'Bitte präzisieren' }).expect(201);
    expectProblem(await send(t, 'patch', `/api/comments/${c.body.id}`, w.people.stakeholder, { status: 'resolved' }), 403, 'FORBIDDEN');
    const resolved = await send(t, 'patch', `/api/comments/${c.body.id}`, w.people.coordinator, { status: 'resolved' }).expect(200);
    expect(resolved.body.status).toBe('resolved');
    expect((await send(t, 'get', `${comments(s.sectionIds[0]!)}?status=open`, w.people.signatory)).body.items).toEqual([]);
    await send(t, 'patch', `/api/comments/${c.body.id}`, w.people.signatory, { status: 'open' }).expect(200);
  });

  it('are reworded or taken back by their author while the text is discussed, not by others', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, [text], 'consultation');
    const mine = (await send(t, 'post', comments(s.sectionIds[0]!), w.people.coordinator, { body: 'Erster Gedanke' }).expect(201)).body;
    expect(mine.can).toEqual(['edit', 'delete', 'resolve']);
    expectProblem(await send(t, 'patch', `/api/comments/${mine.id}`, w.people.signatory, { body: 'Fremd' }), 403, 'FORBIDDEN');
    const edited = (await send(t, 'patch', `/api/comments/${mine.id}`, w.people.coordinator, { body: 'Besser gesagt' }).expect(200)).body;
    expect(edited).toEqual(expect.objectContaining({ body: 'Besser gesagt', editedAt: expect.any(String) }));
    expectProblem(await send(t, 'delete', `/api/comments/${mine.id}`, w.people.signatory), 403, 'FORBIDDEN');
    await send(t, 'delete', `/api/comments/${mine.id}`, w.people.coordinator).expect(204);
    expect((await send(t, 'get', comments(s.sectionIds[0]!), w.people.observer)).body.items).toEqual([]);
    expectProblem(await send(t, 'delete', `/api/comments/${mine.id}`, w.people.coordinator), 404, 'NOT_FOUND');
  });

  it('stay as written once replies or a recommendation rest on them, and once the consultation is over', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, [text], 'consultation');
    const section = s.sectionIds[0]!;
    const answered = (await send(t, 'post', comments(section), w.people.signatory, { body: 'Frage' }).expect(201)).body;
    await send(t, 'post', comments(section), w.people.coordinator, { body: 'Antwort', parentId: answered.id }).expect(201);
    expectProblem(await send(t, 'delete', `/api/comments/${answered.id}`, w.people.signatory), 409, 'COMMENT_IN_USE');
    const cited = (await send(t, 'post', comments(section), w.people.signatory, { body: 'Quelle' }).expect(201)).body;
    const recommendation = (
      await send(t, 'post', `/api/strategies/${s.id}/recommendations`, w.people.coordinator, {
        title: 'R',
        body: 'B',
        proposalIds: [],
        commentIds: [cited.id],
      }).expect(201)
    ).body;
    expectProblem(await send(t, 'delete', `/api/comments/${cited.id}`, w.people.signatory), 409, 'COMMENT_IN_USE');
    // Once no recommendation cites it, its author may take it back.
    await send(t, 'delete', `/api/recommendations/${recommendation.id}`, w.people.coordinator).expect(204);
    const free = (await send(t, 'get', comments(section), w.people.signatory)).body.items.find((c: { id: string }) => c.id === cited.id);
    expect(free.can).toContain('delete');
    await send(t, 'post', `/api/strategies/${s.id}/transitions`, w.people.coordinator, { to: 'consolidation' }).expect(200);
    await t.db.query(`UPDATE strategies SET status = 'returned' WHERE id = $1`, [s.id]);
    expectProblem(await send(t, 'patch', `/api/comments/${cited.id}`, w.people.signatory, { body: 'Zu spät' }), 409, 'FEEDBACK_CLOSED');
  });
});
