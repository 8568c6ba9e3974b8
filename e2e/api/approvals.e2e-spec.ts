import { draftStrategy } from '../../apps/api/test/support/strategy-fixtures';
import { member, organisation, person, world, type Actor, type World, businessSignatoryOf } from '../../apps/api/test/support/fixtures';
import { expectProblem, send } from '../../apps/api/test/support/http';
import { createTestApp, type TestApp } from '../../apps/api/test/support/test-app';

describe('approvals by organisation', () => {
  let t: TestApp;
  let w: World;
  let migrantSignatory: Actor;
  let businessSignatory: Actor;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    migrantSignatory = await person(t, 'Signatory Migrants');
    await member(t, w.leipzig, migrantSignatory, 'stakeholder', {
      organisationId: await organisation(t, w.leipzig, 'Migrantenbeirat', 'migrant_organisation'),
      signatory: true,
    });
    businessSignatory = await businessSignatoryOf(t, w);
  });
  afterAll(() => t.close());

  /** A decision on the revision the signatory read (1 unless said). */
  const decide = (sectionId: string, who: Actor, decision: 'approve' | 'request_changes', note?: string, read = 1) =>
    send(t, 'post', `/api/sections/${sectionId}/approvals`, who, note ? { decision, note } : { decision }).set('If-Match', `"${read}"`);

  it('needs a session (401)', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['x'], 'consultation');
    expectProblem(await decide(s.sectionIds[0]!, null as unknown as Actor, 'approve'), 401, 'UNAUTHENTICATED');
    expectProblem(await send(t, 'get', `/api/sections/${s.sectionIds[0]}/approvals`), 401, 'UNAUTHENTICATED');
  });

  it('are given by signatories only', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['x'], 'consultation');
    for (const who of ['stakeholder', 'coordinator', 'official', 'observer', 'admin'] as const) {
      expectProblem(await decide(s.sectionIds[0]!, w.people[who], 'approve'), 403, 'FORBIDDEN');
    }
    expectProblem(await decide(s.sectionIds[0]!, w.people.donegalCoordinator, 'approve'), 404, 'NOT_FOUND');
    expect((await send(t, 'get', `/api/sections/${s.sectionIds[0]}/approvals`, w.people.coordinator)).body.items).toEqual([]);
  });

  it('follow the rule: distinct organisations, required types, changes requested, stale after an edit', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Wohnraum für alle']);
    await send(t, 'patch', `/api/strategies/${s.id}`, w.people.coordinator, {
      approvalRule: { minOrganisations: 2, requiredTypes: ['migrant_organisation'] },
    })
      .set('If-Match', '"1"')
      .expect(200);
    await send(t, 'post', `/api/strategies/${s.id}/transitions`, w.people.coordinator, { to: 'consultation' }).expect(200);
    const id = s.sectionIds[0]!;

    let state = (await decide(id, w.people.signatory, 'approve', 'Einverstanden')).body;
    expect(state).toEqual(
      expect.objectContaining({ revision: 1, state: 'pending', approvals: 1, required: 2, missingTypes: ['migrant_organisation'] }),
    );
    state = (await decide(id, businessSignatory, 'approve').expect(201)).body;
    expect(state).toEqual(expect.objectContaining({ state: 'pending', approvals: 2, missingTypes: ['migrant_organisation'] }));
    state = (await decide(id, migrantSignatory, 'request_changes', 'Bitte Mehrsprachigkeit ergänzen').expect(201)).body;
    expect(state.state).toBe('changes_requested');
    state = (await decide(id, migrantSignatory, 'approve').expect(201)).body;
    expect(state).toEqual(expect.objectContaining({ state: 'approved', approvals: 3, missingTypes: [] }));
    expect(state.items).toHaveLength(3);

    await send(t, 'patch', `/api/sections/${id}`, w.people.coordinator, { body: 'Wohnraum für alle, mehrsprachig beraten' })
      .set('If-Match', '"1"')
      .expect(200);
    const after = (await send(t, 'get', `/api/sections/${id}/approvals`, w.people.observer).expect(200)).body;
    expect(after).toEqual(expect.objectContaining({ revision: 2, state: 'pending', approvals: 0 }));
    expect(
      after.items.map((i: { organisationName: string; stale: boolean; revision: number }) => [i.organisationName, i.revision, i.stale]),
    ).toEqual(
      expect.arrayContaining([
        ['Willkommen e.V.', 1, true],
        ['Maschinenbau GmbH', 1, true],
        ['Migrantenbeirat', 1, true],
      ]),
    );
    const detail = (await send(t, 'get', `/api/strategies/${s.id}`, w.people.observer)).body;
    expect(detail.sections[0].approval.state).toBe('pending');
  });

  it('let the strategy be submitted once every section is approved', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Eins', 'Zwei'], 'consultation');
    for (const id of s.sectionIds) {
      await decide(id, w.people.signatory, 'approve').expect(201);
      await decide(id, businessSignatory, 'approve').expect(201);
    }
    await send(t, 'post', `/api/strategies/${s.id}/transitions`, w.people.coordinator, { to: 'consolidation' }).expect(200);
    const submitted = await send(t, 'post', `/api/strategies/${s.id}/transitions`, w.people.coordinator, { to: 'submitted' }).expect(200);
    expect(submitted.body.status).toBe('submitted');
    // Submitted strategies are read across regions, and take no more approvals.
    await send(t, 'get', `/api/strategies/${s.id}`, w.people.donegalCoordinator).expect(200);
    expectProblem(await decide(s.sectionIds[0]!, migrantSignatory, 'approve'), 409, 'FEEDBACK_CLOSED');
  });

  it('count only on the revision the signatory read: 428 without If-Match, 412 when the text changed since', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Alte Fassung'], 'consultation');
    const id = s.sectionIds[0]!;
    expectProblem(
      await send(t, 'post', `/api/sections/${id}/approvals`, w.people.signatory, { decision: 'approve' }),
      428,
      'PRECONDITION_REQUIRED',
    );
    // The coordinator changes the text while the signatory still reads revision 1.
    await send(t, 'patch', `/api/sections/${id}`, w.people.coordinator, { body: 'Neue Fassung' }).set('If-Match', '"1"').expect(200);
    const stale = await decide(id, w.people.signatory, 'approve', undefined, 1);
    expectProblem(stale, 412, 'STALE_REVISION');
    expect(stale.body.currentRevision).toBe(2);
    const approvals = (await send(t, 'get', `/api/sections/${id}/approvals`, w.people.observer).expect(200)).body;
    expect(approvals).toEqual(expect.objectContaining({ revision: 2, approvals: 0, items: [] }));
    // Read again, decided on what was read.
    expect((await decide(id, w.people.signatory, 'approve', undefined, 2).expect(201)).body.approvals).toBe(1);
  });

  it('show a signatory where their organisation stands, and page the decisions on record', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Text'], 'consultation');
    const id = s.sectionIds[0]!;
    const before = (await send(t, 'get', `/api/sections/${id}/approvals`, w.people.signatory).expect(200)).body;
    expect(before.mine).toBeNull();
    await decide(id, w.people.signatory, 'request_changes', 'Bitte kürzen').expect(201);
    await decide(id, businessSignatory, 'approve').expect(201);
    await decide(id, migrantSignatory, 'approve').expect(201);
    const mine = (await send(t, 'get', `/api/sections/${id}/approvals`, w.people.signatory).expect(200)).body.mine;
    expect(mine).toEqual(
      expect.objectContaining({ decision: 'request_changes', note: 'Bitte kürzen', revision: 1, stale: false, userName: 'Signatory Ngo' }),
    );
    expect((await send(t, 'get', `/api/sections/${id}/approvals`, w.people.observer).expect(200)).body.mine).toBeNull();

    const first = (await send(t, 'get', `/api/sections/${id}/approvals?limit=2`, w.people.observer).expect(200)).body;
    expect(first.items.map((i: { organisationName: string }) => i.organisationName)).toEqual(['Migrantenbeirat', 'Maschinenbau GmbH']);
    expect(first.nextCursor).toEqual(expect.any(String));
    const rest = (
      await send(
        t,
        'get',
        `/api/sections/${id}/approvals?limit=2&cursor=${encodeURIComponent(first.nextCursor)}`,
        w.people.observer,
      ).expect(200)
    ).body;
    expect(rest.items.map((i: { organisationName: string }) => i.organisationName)).toEqual(['Willkommen e.V.']);
    expect(rest.nextCursor).toBeNull();
    // The state is the whole section's, whatever the page.
    expect(rest).toEqual(expect.objectContaining({ state: 'changes_requested', approvals: 2 }));
  });

  it('stay with the text when the section only moves', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Eins', 'Zwei'], 'consultation');
    const [first] = s.sectionIds as [string];
    await decide(first, w.people.signatory, 'approve').expect(201);
    await decide(first, businessSignatory, 'approve').expect(201);
    const moved = await send(t, 'patch', `/api/sections/${first}`, w.people.coordinator, { position: 2 })
      .set('If-Match', '"1"')
      .expect(200);
    expect(moved.body).toEqual(
      expect.objectContaining({ position: 2, revision: 2, approval: expect.objectContaining({ state: 'approved', approvals: 2 }) }),
    );
    const items = (await send(t, 'get', `/api/sections/${first}/approvals`, w.people.observer).expect(200)).body.items;
    expect(items.map((i: { stale: boolean }) => i.stale)).toEqual([false, false]);
  });
});
