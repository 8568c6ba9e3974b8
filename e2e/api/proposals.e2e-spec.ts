import { draftStrategy } from '../../apps/api/test/support/strategy-fixtures';
import { member, person, world, type Actor, type World, businessSignatoryOf } from '../../apps/api/test/support/fixtures';
import { decideOnCurrent, expectProblem, fieldPaths, send } from '../../apps/api/test/support/http';
import { createTestApp, type TestApp } from '../../apps/api/test/support/test-app';

describe('improvement proposals', () => {
  let t: TestApp;
  let w: World;
  let businessSignatory: Actor;
  let ngoColleague: Actor;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    businessSignatory = await businessSignatoryOf(t, w);
    ngoColleague = await person(t, 'Ngo Colleague');
    await member(t, w.leipzig, ngoColleague, 'stakeholder', { organisationId: w.organisations.ngo });
  });
  afterAll(() => t.close());

  const proposals = () => `/api/regions/${w.leipzig}/proposals`;
  const submit = (who: Actor, extra: object = {}) =>
    send(t, 'post', proposals(), who, {
      title: 'Abendkurse',
      problem: 'Berufstätige können tagsüber nicht',
      proposal: 'Kurse am Abend anbieten',
      ...extra,
    });
  const move = (id: string, who: Actor, body: object) => send(t, 'post', `/api/proposals/${id}/transitions`, who, body);

  it('needs a session (401)', async () => {
    expectProblem(await send(t, 'get', proposals()), 401, 'UNAUTHENTICATED');
    expectProblem(await submit(null as unknown as Actor), 401, 'UNAUTHENTICATED');
  });

  it('are submitted on behalf of the organisation, and read by the region', async () => {
    const res = await submit(w.people.signatory, { expectedImpact: '200 Teilnehmende mehr', targetGroups: ['Berufstätige'] }).expect(201);
    expect(res.body).toEqual(
      expect.objectContaining({
        status: 'submitted',
        revision: 1,
        organisationId: w.organisations.ngo,
        organisationName: 'Willkommen e.V.',
        authorName: 'Signatory Ngo',
        endorsements: 0,
        answer: null,
        targetGroups: ['Berufstätige'],
      }),
    );
    await send(t, 'get', `/api/proposals/${res.body.id}`, w.people.observer).expect(200);
    expectProblem(await send(t, 'get', `/api/proposals/${res.body.id}`, w.people.donegalCoordinator), 404, 'NOT_FOUND');
  });

  it.each(['official', 'observer'] as const)('are not submitted by an %s (403), and nothing is written', async (who) => {
    const before = (await send(t, 'get', `${proposals()}?limit=200`, w.people.coordinator)).body.items.length;
    expectProblem(await submit(w.people[who]), 403, 'FORBIDDEN');
    expect((await send(t, 'get', `${proposals()}?limit=200`, w.people.coordinator)).body.items.length).toBe(before);
  });

  it('answer bad input with 400 naming the fields', async () => {
    const res = await send(t, 'post', proposals(), w.people.signatory, { title: '', problem: 1, proposal: 'x', suggestedText: 'neu' });
    expect(fieldPaths(res).sort()).toEqual(['body.problem', 'body.title']);
    expect(fieldPaths(await submit(w.people.signatory, { suggestedText: 'Neuer Text' }))).toEqual(['body.sectionId']);
    const draft = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Entwurf']);
    expect(fieldPaths(await submit(w.people.signatory, { sectionId: draft.sectionIds[0] }))).toEqual(['body.sectionId']);
  });

  it('are endorsed once per organisation, never by their own', async () => {
    const p = (await submit(w.people.signatory).expect(201)).body;
    expectProblem(await send(t, 'post', `/api/proposals/${p.id}/endorsements`, ngoColleague), 403, 'FORBIDDEN');
    const endorsed = await send(t, 'post', `/api/proposals/${p.id}/endorsements`, businessSignatory).expect(201);
    expect(endorsed.body.endorsements).toBe(1);
    expectProblem(await send(t, 'post', `/api/proposals/${p.id}/endorsements`, w.people.stakeholder), 409, 'ALREADY_ENDORSED');
    expectProblem(await send(t, 'post', `/api/proposals/${p.id}/endorsements`, w.people.observer), 403, 'FORBIDDEN');
    expect((await send(t, 'get', `/api/proposals/${p.id}`, w.people.observer)).body.endorsements).toBe(1);
    // Who endorsed is shown, and the endorsing organisation is no more offered to endorse again.
    const seenByBusiness = (await send(t, 'get', `/api/proposals/${p.id}`, w.people.stakeholder).expect(200)).body;
    expect(seenByBusiness.endorsedBy).toEqual([{ organisationId: w.organisations.business, organisationName: 'Maschinenbau GmbH' }]);
    expect(seenByBusiness.can).not.toContain('endorse');
  });

  it('are decided by coordinators with an answer, and a decided proposal moves no more', async () => {
    const p = (await submit(w.people.signatory).expect(201)).body;
    expectProblem(await move(p.id, w.people.signatory, { to: 'under_review' }), 403, 'FORBIDDEN');
    expectProblem(await move(p.id, w.people.coordinator, { to: 'accepted', answer: 'Ja' }), 409, 'TRANSITION_NOT_ALLOWED');
    await move(p.id, w.people.coordinator, { to: 'under_review' }).expect(200);
    const noAnswer = await move(p.id, w.people.coordinator, { to: 'rejected' });
    expectProblem(noAnswer, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(noAnswer)).toEqual(['body.answer']);
    const rejected = await move(p.id, w.people.coordinator, { to: 'rejected', answer: 'Dafür fehlen die Mittel.' }).expect(200);
    expect(rejected.body).toEqual(expect.objectContaining({ status: 'rejected', answer: 'Dafür fehlen die Mittel.', revision: 3 }));
    expectProblem(await move(p.id, w.people.coordinator, { to: 'accepted', answer: 'Doch' }), 409, 'TRANSITION_NOT_ALLOWED');
    // The proposer sees the answer on "my organisation's proposals".
    const mine = await send(t, 'get', `${proposals()}?organisation=mine&status=rejected`, ngoColleague).expect(200);
    expect(mine.body.items.map((x: { id: string; answer: string }) => [x.id, x.answer])).toEqual([[p.id, 'Dafür fehlen die Mittel.']]);
  });

  it('are withdrawn by their own organisation only, before a decision', async () => {
    const p = (await submit(w.people.signatory).expect(201)).body;
    expectProblem(await move(p.id, businessSignatory, { to: 'withdrawn' }), 403, 'FORBIDDEN');
    expectProblem(await move(p.id, w.people.coordinator, { to: 'withdrawn' }), 403, 'FORBIDDEN');
    expect((await move(p.id, ngoColleague, { to: 'withdrawn' }).expect(200)).body.status).toBe('withdrawn');
    expectProblem(await move(p.id, w.people.signatory, { to: 'under_review' }), 403, 'FORBIDDEN');
  });

  it('apply their suggested text as a new revision credited to the organisation; approvals go stale', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Sprachkurse am Vormittag.'], 'consultation');
    const sectionId = s.sectionIds[0]!;
    await decideOnCurrent(t, sectionId, businessSignatory, { decision: 'approve' });
    const p = (await submit(w.people.signatory, { sectionId, suggestedText: 'Sprachkurse am Vormittag und am Abend.' }).expect(201)).body;
    expect(p).toEqual(expect.objectContaining({ strategyId: s.id, sectionId, basedOnRevision: 1, stale: false }));
    const preview = await send(t, 'get', `/api/proposals/${p.id}/diff`, w.people.coordinator).expect(200);
    // Before confirming, the coordinator is told whose approval applying the text makes stale.
    expect(preview.body.lapsingApprovals).toEqual([{ organisationId: w.organisations.business, organisationName: 'Maschinenbau GmbH' }]);
    expect(preview.body.changes).toEqual([
      { op: 'equal', text: 'Sprachkurse am ' },
      { op: 'delete', text: 'Vormittag.' },
      { op: 'insert', text: 'Vormittag und am Abend.' },
    ]);
    await move(p.id, w.people.coordinator, { to: 'under_review' }).expect(200);
    const accepted = await move(p.id, w.people.coordinator, {
      to: 'accepted',
      answer: 'Wird übernommen.',
      applySuggestedText: true,
    }).expect(200);
    expect(accepted.body).toEqual(expect.objectContaining({ status: 'accepted', appliedRevision: 2, stale: false }));
    const revisions = (await send(t, 'get', `/api/sections/${sectionId}/revisions`, w.people.observer)).body.items;
    expect(revisions[0]).toEqual(
      expect.objectContaining({
        revision: 2,
        body: 'Sprachkurse am Vormittag und am Abend.',
        creditedOrganisationId: w.organisations.ngo,
        creditedOrganisationName: 'Willkommen e.V.',
      }),
    );
    const approvals = (await send(t, 'get', `/api/sections/${sectionId}/approvals`, w.people.observer)).body;
    expect(approvals).toEqual(expect.objectContaining({ revision: 2, state: 'pending', approvals: 0 }));
    expect(approvals.items[0]).toEqual(expect.objectContaining({ revision: 1, stale: true }));
  });

  it('are stale once their section changed, and show the diff against the current text', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Wohnungen für Familien.'], 'consultation');
    const sectionId = s.sectionIds[0]!;
    const p = (await submit(w.people.signatory, { sectionId, suggestedText: 'Bezahlbare Wohnungen für Familien.' }).expect(201)).body;
    await send(t, 'patch', `/api/sections/${sectionId}`, w.people.coordinator, { body: 'Wohnungen für Familien und Alleinstehende.' })
      .set('If-Match', '"1"')
      .expect(200);
    expect((await send(t, 'get', `/api/proposals/${p.id}`, w.people.coordinator)).body).toEqual(
      expect.objectContaining({ stale: true, basedOnRevision: 1 }),
    );
    const diff = (await send(t, 'get', `/api/proposals/${p.id}/diff`, w.people.coordinator).expect(200)).body;
    expect(diff).toEqual(expect.objectContaining({ from: 2, to: 3 }));
    expect(diff.changes).toContainEqual({ op: 'delete', text: 'Familien und Alleinstehende.' });
  });

  it('lead forward to the recommendations built from them, with the authority’s answer', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Text'], 'consultation');
    const p = (await submit(w.people.signatory, { strategyId: s.id }).expect(201)).body;
    const led = () => send(t, 'get', `/api/proposals/${p.id}/recommendations`, ngoColleague).expect(200);
    expect((await led()).body).toEqual({ items: [], nextCursor: null });
    await move(p.id, w.people.coordinator, { to: 'under_review' }).expect(200);
    await move(p.id, w.people.coordinator, { to: 'accepted', answer: 'Ja' }).expect(200);
    const recommendation = (
      await send(t, 'post', `/api/strategies/${s.id}/recommendations`, w.people.coordinator, {
        title: 'Mehr Kurse',
        body: 'B',
        proposalIds: [p.id],
      }).expect(201)
    ).body;
    expect((await led()).body.items).toEqual([
      expect.objectContaining({ id: recommendation.id, title: 'Mehr Kurse', status: 'draft', response: null }),
    ]);
    expectProblem(await send(t, 'get', `/api/proposals/${p.id}/recommendations`, w.people.donegalCoordinator), 404, 'NOT_FOUND');
  });
});
