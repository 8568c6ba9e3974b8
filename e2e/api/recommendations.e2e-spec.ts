import { draftStrategy } from '../../apps/api/test/support/strategy-fixtures';
import { member, person, world, type Actor, type World, businessSignatoryOf } from '../../apps/api/test/support/fixtures';
import { decideOnCurrent, expectProblem, fieldPaths, send } from '../../apps/api/test/support/http';
import { createTestApp, type TestApp } from '../../apps/api/test/support/test-app';

describe('recommendations and the authority’s answers', () => {
  let t: TestApp;
  let w: World;
  let businessSignatory: Actor;
  let donegalOfficial: Actor;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    businessSignatory = await businessSignatoryOf(t, w);
    donegalOfficial = await person(t, 'Donegal Official');
    await member(t, w.donegal, donegalOfficial, 'official');
  });
  afterAll(() => t.close());

  /** A proposal of the NGO, taken under review and decided. */
  async function decided(to: 'accepted' | 'partially_accepted' | 'rejected', strategyId?: string) {
    const p = (
      await send(t, 'post', `/api/regions/${w.leipzig}/proposals`, w.people.signatory, {
        title: `Vorschlag ${to}`,
        problem: 'P',
        proposal: 'V',
        strategyId,
      }).expect(201)
    ).body;
    await send(t, 'post', `/api/proposals/${p.id}/transitions`, w.people.coordinator, { to: 'under_review' }).expect(200);
    await send(t, 'post', `/api/proposals/${p.id}/transitions`, w.people.coordinator, { to, answer: 'Begründung' }).expect(200);
    return p.id as string;
  }

  async function approveAll(sectionIds: string[]) {
    for (const id of sectionIds) {
      await decideOnCurrent(t, id, w.people.signatory, { decision: 'approve' });
      await decideOnCurrent(t, id, businessSignatory, { decision: 'approve' });
    }
  }

  it('needs a session (401)', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['x']);
    expectProblem(await send(t, 'get', `/api/strategies/${s.id}/recommendations`), 401, 'UNAUTHENTICATED');
    expectProblem(await send(t, 'post', `/api/strategies/${s.id}/recommendations`, null, {}), 401, 'UNAUTHENTICATED');
  });

  it('take only accepted or partly accepted proposals of their region, and name their sources', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Sprachkurse stehen allen offen.'], 'consultation');
    const accepted = await decided('accepted', s.id);
    const partly = await decided('partially_accepted');
    const rejected = await decided('rejected');
    const comment = (
      await send(t, 'post', `/api/sections/${s.sectionIds[0]}/comments`, businessSignatory, {
        body: 'Auch für Azubis',
        anchor: { exact: 'allen offen' },
      }).expect(201)
    ).body;
    const path = `/api/strategies/${s.id}/recommendations`;
    expect(
      fieldPaths(await send(t, 'post', path, w.people.coordinator, { title: 'R', body: 'B', proposalIds: [accepted, rejected] })),
    ).toEqual(['body.proposalIds']);
    expect(fieldPaths(await send(t, 'post', path, w.people.coordinator, { title: 'R', body: 'B', proposalIds: [] }))).toEqual([
      'body.proposalIds',
    ]);
    expectProblem(await send(t, 'post', path, w.people.signatory, { title: 'R', body: 'B', proposalIds: [accepted] }), 403, 'FORBIDDEN');
    const created = await send(t, 'post', path, w.people.coordinator, {
      title: 'Abendkurse ausbauen',
      body: 'Die Region finanziert …',
      proposalIds: [accepted, partly],
      commentIds: [comment.id],
    }).expect(201);
    expect(created.body).toEqual(expect.objectContaining({ status: 'draft', response: null, regionId: w.leipzig }));
    expect(
      created.body.sources.proposals
        .map((p: { id: string; organisationName: string; organisationType: string }) => [p.id, p.organisationName, p.organisationType])
        .sort(),
    ).toEqual(
      [
        [accepted, 'Willkommen e.V.', 'ngo'],
        [partly, 'Willkommen e.V.', 'ngo'],
      ].sort(),
    );
    expect(created.body.sources.comments).toEqual([
      {
        id: comment.id,
        sectionId: s.sectionIds[0],
        body: 'Auch für Azubis',
        authorName: 'Business Signatory',
        organisationName: 'Maschinenbau GmbH',
      },
    ]);
    expect((await send(t, 'get', path, w.people.observer).expect(200)).body.items).toHaveLength(1);
  });

  it('go to the authority with the strategy: a numbered version is frozen, answers come back, then adoption', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Eins', 'Zwei'], 'consultation');
    await approveAll(s.sectionIds);
    const rec = (
      await send(t, 'post', `/api/strategies/${s.id}/recommendations`, w.people.coordinator, {
        title: 'Mehr Kurse',
        body: 'Text',
        proposalIds: [await decided('accepted', s.id)],
      }).expect(201)
    ).body;
    const respondPath = `/api/recommendations/${rec.id}/response`;
    expectProblem(await send(t, 'post', respondPath, w.people.official, { decision: 'agreed', answer: 'Zu früh' }), 409, 'INVALID_STATE');

    await send(t, 'post', `/api/strategies/${s.id}/transitions`, w.people.coordinator, { to: 'consolidation' }).expect(200);
    await send(t, 'post', `/api/strategies/${s.id}/transitions`, w.people.coordinator, { to: 'submitted' }).expect(200);
    const versions = (await send(t, 'get', `/api/strategies/${s.id}/versions`, w.people.donegalCoordinator).expect(200)).body;
    expect(versions).toEqual({
      items: [{ version: 1, submittedAt: expect.any(String), checksum: expect.stringMatching(/^[0-9a-f]{64}$/) }],
      nextCursor: null,
    });
    expect((await send(t, 'get', `/api/recommendations/${rec.id}`, w.people.observer)).body.status).toBe('submitted');

    // Frozen: no section or recommendation of the version changes.
    expectProblem(
      await send(t, 'patch', `/api/sections/${s.sectionIds[0]}`, w.people.coordinator, { body: 'Später' }).set('If-Match', '"1"'),
      409,
      'TEXT_FROZEN',
    );
    expectProblem(
      await send(t, 'post', `/api/strategies/${s.id}/recommendations`, w.people.coordinator, {
        title: 'Nachzügler',
        body: 'B',
        proposalIds: [await decided('accepted')],
      }),
      409,
      'TEXT_FROZEN',
    );

    const unanswered = await send(t, 'post', `/api/strategies/${s.id}/transitions`, w.people.official, { to: 'adopted' });
    expectProblem(unanswered, 409, 'RECOMMENDATIONS_UNANSWERED');
    expect(unanswered.body.recommendations).toEqual([{ id: rec.id, title: 'Mehr Kurse' }]);

    expectProblem(await send(t, 'post', respondPath, w.people.observer, { decision: 'agreed', answer: 'x' }), 403, 'FORBIDDEN');
    // Another region's official reads the submitted strategy (the exchange) but does not answer for this authority.
    expectProblem(await send(t, 'post', respondPath, donegalOfficial, { decision: 'agreed', answer: 'x' }), 403, 'FORBIDDEN');
    expectProblem(await send(t, 'post', `/api/strategies/${s.id}/transitions`, w.people.coordinator, { to: 'adopted' }), 403, 'FORBIDDEN');
    expect(
      fieldPaths(await send(t, 'post', respondPath, w.people.official, { decision: 'maybe', answer: '', dueDate: '31.12.2027' })).sort(),
    ).toEqual(['body.answer', 'body.decision', 'body.dueDate']);
    const answered = await send(t, 'post', respondPath, w.people.official, {
      decision: 'agreed_in_part',
      answer: 'Ab 2028 im Haushalt',
      department: 'Sozialamt',
      dueDate: '2027-12-31',
    }).expect(201);
    expect(answered.body.response).toEqual(
      expect.objectContaining({
        decision: 'agreed_in_part',
        answer: 'Ab 2028 im Haushalt',
        department: 'Sozialamt',
        dueDate: '2027-12-31',
        officialName: 'Official Leipzig',
      }),
    );
    const adopted = await send(t, 'post', `/api/strategies/${s.id}/transitions`, w.people.official, { to: 'adopted' }).expect(200);
    expect(adopted.body.status).toBe('adopted');
    // Other regions read the adopted strategy with its recommendations and answers.
    const elsewhere = (await send(t, 'get', `/api/strategies/${s.id}/recommendations`, w.people.donegalCoordinator).expect(200)).body;
    expect(elsewhere.items[0].response.decision).toBe('agreed_in_part');
    const listed = (await send(t, 'get', `/api/regions/${w.leipzig}/strategies`, w.people.donegalCoordinator).expect(200)).body.items;
    expect(listed.map((x: { id: string; status: string }) => [x.id, x.status])).toEqual([[s.id, 'adopted']]);
  });

  it('may be returned by the authority with a note, for another round and a second version', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Text'], 'consultation');
    await approveAll(s.sectionIds);
    await send(t, 'post', `/api/strategies/${s.id}/transitions`, w.people.coordinator, { to: 'consolidation' }).expect(200);
    await send(t, 'post', `/api/strategies/${s.id}/transitions`, w.people.coordinator, { to: 'submitted' }).expect(200);
    expectProblem(await send(t, 'post', `/api/strategies/${s.id}/transitions`, w.people.signatory, { to: 'returned' }), 403, 'FORBIDDEN');
    const returned = await send(t, 'post', `/api/strategies/${s.id}/transitions`, w.people.official, {
      to: 'returned',
      note: 'Bitte Finanzierung ergänzen',
    }).expect(200);
    expect(returned.body).toEqual(expect.objectContaining({ status: 'returned', statusNote: 'Bitte Finanzierung ergänzen' }));
    const regionVersions = (who: Actor) => send(t, 'get', `/api/regions/${w.leipzig}/versions`, who).expect(200);
    const ofThis = (res: { body: { items: Array<{ strategyId: string; version: number }> } }) =>
      res.body.items.filter((v) => v.strategyId === s.id).map((v) => v.version);
    expect(ofThis(await regionVersions(w.people.observer))).toEqual([1]);
    expect(ofThis(await regionVersions(w.people.donegalCoordinator))).toEqual([]);
    await send(t, 'post', `/api/strategies/${s.id}/transitions`, w.people.coordinator, { to: 'consolidation' }).expect(200);
    await send(t, 'patch', `/api/sections/${s.sectionIds[0]}`, w.people.coordinator, { body: 'Text mit Finanzierung' })
      .set('If-Match', '"1"')
      .expect(200);
    await approveAll(s.sectionIds);
    await send(t, 'post', `/api/strategies/${s.id}/transitions`, w.people.coordinator, { to: 'submitted' }).expect(200);
    const versions = (await send(t, 'get', `/api/strategies/${s.id}/versions`, w.people.coordinator)).body.items;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(versions[0].checksum).not.toBe(versions[1].checksum);
    const listed = (await send(t, 'get', `/api/regions/${w.leipzig}/versions`, w.people.donegalCoordinator).expect(200)).body.items;
    expect(listed.filter((v: { strategyId: string }) => v.strategyId === s.id)).toEqual([
      {
        strategyId: s.id,
        strategyTitle: 'Integrationsstrategie 2027',
        version: 2,
        submittedAt: versions[1].submittedAt,
        checksum: versions[1].checksum,
      },
      {
        strategyId: s.id,
        strategyTitle: 'Integrationsstrategie 2027',
        version: 1,
        submittedAt: versions[0].submittedAt,
        checksum: versions[0].checksum,
      },
    ]);
  });

  it('are reworded, re-sourced or deleted by the coordinators until they go to the authority', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Text'], 'consultation');
    const [first, second] = [await decided('accepted', s.id), await decided('partially_accepted', s.id)];
    const rec = (
      await send(t, 'post', `/api/strategies/${s.id}/recommendations`, w.people.coordinator, {
        title: 'Alt',
        body: 'B',
        proposalIds: [first],
      }).expect(201)
    ).body;
    expect(rec.can).toEqual(['edit', 'delete']);
    const path = `/api/recommendations/${rec.id}`;
    expectProblem(await send(t, 'patch', path, w.people.signatory, { title: 'Fremd' }), 403, 'FORBIDDEN');
    expect(fieldPaths(await send(t, 'patch', path, w.people.coordinator, { proposalIds: [] }))).toEqual(['body.proposalIds']);
    const changed = (await send(t, 'patch', path, w.people.coordinator, { title: 'Neu', proposalIds: [second] }).expect(200)).body;
    expect(changed).toEqual(expect.objectContaining({ title: 'Neu', body: 'B' }));
    expect(changed.sources.proposals.map((p: { id: string }) => p.id)).toEqual([second]);
    const other = (
      await send(t, 'post', `/api/strategies/${s.id}/recommendations`, w.people.coordinator, {
        title: 'Zweite',
        body: 'B',
        proposalIds: [first],
      }).expect(201)
    ).body;
    await send(t, 'delete', `/api/recommendations/${other.id}`, w.people.coordinator).expect(204);
    expectProblem(await send(t, 'get', `/api/recommendations/${other.id}`, w.people.coordinator), 404, 'NOT_FOUND');

    await approveAll(s.sectionIds);
    await send(t, 'post', `/api/strategies/${s.id}/transitions`, w.people.coordinator, { to: 'consolidation' }).expect(200);
    await send(t, 'post', `/api/strategies/${s.id}/transitions`, w.people.coordinator, { to: 'submitted' }).expect(200);
    expectProblem(await send(t, 'patch', path, w.people.coordinator, { title: 'Zu spät' }), 409, 'TEXT_FROZEN');
    expectProblem(await send(t, 'delete', path, w.people.coordinator), 409, 'TEXT_FROZEN');
    expect((await send(t, 'get', path, w.people.official)).body.can).toEqual(['answer']);
  });
});
