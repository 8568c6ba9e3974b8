import type { Test } from 'supertest';
import { person, world, type Actor, type World, businessSignatoryOf } from '../../apps/api/test/support/fixtures';
import { decideOnCurrent, expectProblem, fieldPaths, send, type Method } from '../../apps/api/test/support/http';
import { draftStrategy, type DraftedStrategy } from '../../apps/api/test/support/strategy-fixtures';
import { createTestApp, type TestApp } from '../../apps/api/test/support/test-app';

/**
 * Every route that takes a body refuses one with an unknown field and a wrong type: 400, the fields named,
 * nothing written. Read from the OpenAPI document, so a new route is covered the day it is added.
 */
describe('bad input on every route with a body', () => {
  let t: TestApp;
  let routes: Array<{ method: Method; path: string }>;
  beforeAll(async () => {
    t = await createTestApp();
    const doc = (await t.http().get('/api/docs/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    };
    routes = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, op]) => op.requestBody)
        .map(([method]) => ({ method: method as Method, path })),
    );
  });
  afterAll(() => t.close());

  const rowCount = async () =>
    (
      await t.db.query<Array<{ n: number }>>(
        `SELECT ((SELECT count(*) FROM users) + (SELECT count(*) FROM organisations) + (SELECT count(*) FROM memberships)
              + (SELECT count(*) FROM strategies) + (SELECT count(*) FROM sections) + (SELECT count(*) FROM comments)
              + (SELECT count(*) FROM approvals) + (SELECT count(*) FROM audit_events) + (SELECT count(*) FROM sessions))::int AS n`,
      )
    )[0]!.n;

  it('answers 400 naming the unknown field, and writes nothing', async () => {
    expect(routes.length).toBeGreaterThanOrEqual(10);
    const admin = await person(t, 'Admin Of Bad Input', { isAdmin: true });
    const before = await rowCount();
    for (const route of routes) {
      // Ids in the path are well formed (and name nothing), languages are languages: only the body is wrong.
      const path = route.path.replace('{language}', 'en').replace(/\{[^}]+\}/g, '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b');
      const res = await send(t, route.method, path, admin, { unexpectedField: true }).set('If-Match', '"1"');
      expectProblem(res, 400, 'VALIDATION_FAILED');
      expect({ route: `${route.method} ${route.path}`, paths: fieldPaths(res) }).toEqual({
        route: `${route.method} ${route.path}`,
        paths: expect.arrayContaining(['body.unexpectedField']),
      });
    }
    expect(await rowCount()).toBe(before);
  });
});

/**
 * Input that passes for JSON but that PostgreSQL cannot hold (integers past 32 bits, NUL characters, a year 0),
 * forged cursors, and bodies nested too deep to walk: each a 400 naming what is wrong, and nothing changes.
 */
describe('input the database cannot hold', () => {
  let t: TestApp;
  let w: World;
  let open: DraftedStrategy;
  let submitted: DraftedStrategy;
  let acceptedProposal: string;
  let recommendation: string;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    const businessSignatory = await businessSignatoryOf(t, w);
    const c = w.people.coordinator;
    open = await draftStrategy(t, w.leipzig, c, ['Arbeit und Wohnen'], 'consultation');
    submitted = await draftStrategy(t, w.leipzig, c, ['Sprachkurse'], 'consultation');
    for (const signatory of [w.people.signatory, businessSignatory]) {
      await decideOnCurrent(t, submitted.sectionIds[0]!, signatory, { decision: 'approve' });
    }
    const proposal = { title: 'Abendkurse', problem: 'P', proposal: 'V', strategyId: submitted.id };
    acceptedProposal = (await send(t, 'post', `/api/regions/${w.leipzig}/proposals`, w.people.signatory, proposal).expect(201)).body.id;
    await send(t, 'post', `/api/proposals/${acceptedProposal}/transitions`, c, { to: 'under_review' }).expect(200);
    await send(t, 'post', `/api/proposals/${acceptedProposal}/transitions`, c, { to: 'accepted', answer: 'Ja' }).expect(200);
    recommendation = (
      await send(t, 'post', `/api/strategies/${submitted.id}/recommendations`, c, {
        title: 'R',
        body: 'B',
        proposalIds: [acceptedProposal],
      }).expect(201)
    ).body.id;
    for (const to of ['consolidation', 'submitted']) {
      await send(t, 'post', `/api/strategies/${submitted.id}/transitions`, c, { to }).expect(200);
    }
  });
  afterAll(() => t.close());

  /** Every row of every table as one text per table: the same before and after means nothing was written. */
  const everything = async () => {
    const tables = await t.db.query<Array<{ name: string }>>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`);
    const digests: Record<string, string> = {};
    for (const { name } of tables) {
      const [row] = await t.db.query<Array<{ digest: string }>>(
        `SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS digest FROM "${name}" x`,
      );
      digests[name] = row!.digest;
    }
    return digests;
  };

  interface Probe {
    what: string;
    send: () => Test;
    /** The field the 400 must name. */
    path: string;
  }

  /** Sends each probe: a 400 naming its field, and the database as it was. */
  async function expectRefused(probes: Probe[], code = 'VALIDATION_FAILED') {
    const before = await everything();
    for (const probe of probes) {
      const res = await probe.send();
      expect({ what: probe.what, status: res.status, code: res.body.code, paths: fieldPaths(res) }).toEqual({
        what: probe.what,
        status: 400,
        code,
        paths: [probe.path],
      });
      expectProblem(res, 400, code);
    }
    expect(await everything()).toEqual(before);
  }

  const as = (actor: Actor | null, method: Method, path: string, body?: object) => () => send(t, method, path, actor, body);
  const patch = (path: string, revision: string, body: object) => () =>
    send(t, 'patch', path, w.people.coordinator, body).set('If-Match', revision);
  const revisionOf = async (strategyId: string) =>
    `"${(await send(t, 'get', `/api/strategies/${strategyId}`, w.people.coordinator).expect(200)).body.revision}"`;

  it('refuses integers past what a PostgreSQL integer holds, in bodies, queries and If-Match', async () => {
    const c = w.people.coordinator;
    const section = open.sectionIds[0]!;
    const tooBig = 2_147_483_648;
    await expectRefused([
      {
        what: 'section position',
        path: 'body.position',
        send: as(c, 'post', `/api/strategies/${open.id}/sections`, { heading: 'H', body: 'B', theme: 'health', position: tooBig }),
      },
      { what: 'moved to position', path: 'body.position', send: patch(`/api/sections/${section}`, '"1"', { position: tooBig }) },
      {
        what: 'approval rule',
        path: 'body.approvalRule.minOrganisations',
        send: patch(`/api/strategies/${open.id}`, await revisionOf(open.id), {
          approvalRule: { minOrganisations: tooBig, requiredTypes: [] },
        }),
      },
      { what: 'diff to', path: 'query.to', send: as(c, 'get', `/api/sections/${section}/diff?from=1&to=${tooBig}`) },
      { what: 'diff from', path: 'query.from', send: as(c, 'get', `/api/sections/${section}/diff?from=99999999999&to=1`) },
      {
        what: 'export version',
        path: 'query.version',
        send: as(c, 'get', `/api/strategies/${submitted.id}/export?format=json&version=${tooBig}`),
      },
      { what: 'limit', path: 'query.limit', send: as(c, 'get', `/api/regions/${w.leipzig}/organisations?limit=${tooBig}`) },
      { what: 'limit 1e400', path: 'query.limit', send: as(c, 'get', `/api/regions/${w.leipzig}/organisations?limit=1e400`) },
      { what: 'If-Match', path: 'headers.if-match', send: patch(`/api/sections/${section}`, '"99999999999"', { heading: 'H' }) },
    ]);
  });

  it('refuses a NUL character in any text: body, query or path, naming the field', async () => {
    const { coordinator: c, signatory, official, admin } = w.people;
    const section = open.sectionIds[0]!;
    const nul = 'Arbeit\u0000';
    await expectRefused([
      {
        what: 'organisation name',
        path: 'body.name',
        send: as(c, 'post', `/api/regions/${w.leipzig}/organisations`, { name: nul, type: 'ngo' }),
      },
      {
        what: 'organisation website',
        path: 'body.website',
        send: as(c, 'post', `/api/regions/${w.leipzig}/organisations`, { name: 'Web', type: 'ngo', website: 'https://a.eu/\u0000' }),
      },
      {
        what: 'strategy title',
        path: 'body.title',
        send: as(c, 'post', `/api/regions/${w.leipzig}/strategies`, { title: nul, language: 'de' }),
      },
      { what: 'strategy rename', path: 'body.title', send: patch(`/api/strategies/${open.id}`, await revisionOf(open.id), { title: nul }) },
      {
        what: 'transition note',
        path: 'body.note',
        send: as(c, 'post', `/api/strategies/${open.id}/transitions`, { to: 'consolidation', note: nul }),
      },
      {
        what: 'section heading',
        path: 'body.heading',
        send: as(c, 'post', `/api/strategies/${open.id}/sections`, { heading: nul, body: 'B', theme: 'health' }),
      },
      { what: 'section edit', path: 'body.body', send: patch(`/api/sections/${section}`, '"1"', { body: nul }) },
      { what: 'comment', path: 'body.body', send: as(signatory, 'post', `/api/sections/${section}/comments`, { body: nul }) },
      {
        what: 'comment anchor',
        path: 'body.anchor.prefix',
        send: as(signatory, 'post', `/api/sections/${section}/comments`, { body: 'B', anchor: { exact: 'Arbeit', prefix: '\u0000' } }),
      },
      {
        what: 'approval note',
        path: 'body.note',
        send: () =>
          send(t, 'post', `/api/sections/${section}/approvals`, signatory, { decision: 'approve', note: nul }).set('If-Match', '"1"'),
      },
      {
        what: 'proposal target group',
        path: 'body.targetGroups.1',
        send: as(signatory, 'post', `/api/regions/${w.leipzig}/proposals`, {
          title: 'T',
          problem: 'P',
          proposal: 'V',
          targetGroups: ['Familien', nul],
        }),
      },
      {
        what: 'recommendation',
        path: 'body.title',
        send: as(c, 'post', `/api/strategies/${open.id}/recommendations`, { title: nul, body: 'B', proposalIds: [acceptedProposal] }),
      },
      {
        what: 'answer',
        path: 'body.answer',
        send: as(official, 'post', `/api/recommendations/${recommendation}/response`, { decision: 'agreed', answer: nul }),
      },
      {
        what: 'user name',
        path: 'body.name',
        send: as(admin, 'post', '/api/users', { email: 'new.person@test.belong.eu', name: nul, password: 'a passphrase long enough' }),
      },
      {
        what: 'department',
        path: 'body.department',
        send: as(c, 'post', `/api/regions/${w.leipzig}/members`, { userId: w.people.outsider.userId, role: 'official', department: nul }),
      },
      { what: 'own name', path: 'body.name', send: as(c, 'patch', '/api/auth/me', { name: nul }) },
      {
        what: 'sign-in email',
        path: 'body.email',
        send: as(null, 'post', '/api/auth/login', { email: 'ana\u0000@test.belong.eu', password: 'x' }),
      },
      { what: 'path', path: 'params.id', send: as(c, 'get', `/api/sections/${section}%00`) },
    ]);
  });

  it('refuses a day PostgreSQL has no date for (year 0)', async () => {
    await expectRefused([
      {
        what: 'due date',
        path: 'body.dueDate',
        send: as(w.people.official, 'post', `/api/recommendations/${recommendation}/response`, {
          decision: 'agreed',
          answer: 'A',
          dueDate: '0000-01-01',
        }),
      },
    ]);
  });

  it('refuses a cursor it did not give out: wrong shape, bad id or date, not base64url', async () => {
    const list = `/api/regions/${w.leipzig}/organisations`;
    const someId = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
    const at = '2026-01-01T00:00:00.000Z';
    const encode = (position: unknown) => Buffer.from(JSON.stringify(position)).toString('base64url');
    const forged: Record<string, string> = {
      'an id that is no UUID': encode([at, 'not-a-uuid']),
      'an id with NUL': encode([at, `${someId}\u0000`]),
      'a date PostgreSQL cannot read': encode(['1', someId]),
      'the year 0': encode(['0000-01-01T00:00:00.000Z', someId]),
      'the 30th of February': encode(['2026-02-30T00:00:00.000Z', someId]),
      'a string': encode('1x'),
      'an object': encode({ at, id: someId }),
      'three parts': encode([at, someId, 'more']),
      'text around base64url': `!!${encode([at, someId])}`,
    };
    await expectRefused(
      Object.entries(forged).map(([what, cursor]) => ({
        what,
        path: 'query.cursor',
        send: as(w.people.observer, 'get', `${list}?cursor=${encodeURIComponent(cursor)}`),
      })),
    );
  });

  it('answers an empty PATCH of your own account with who you are, and records nothing', async () => {
    const c = w.people.coordinator;
    const me = (await send(t, 'get', '/api/auth/me', c).expect(200)).body;
    const before = await everything();
    const res = await send(t, 'patch', '/api/auth/me', c, {});
    expect({ status: res.status, body: res.body }).toEqual({ status: 200, body: me });
    expect(await everything()).toEqual(before);
  });

  it('refuses JSON nested 100,000 deep before any route runs, with or without an Idempotency-Key', async () => {
    const depth = 100_000;
    const arrays = '['.repeat(depth) + ']'.repeat(depth);
    const objects = '{"name":'.repeat(depth) + '"x"' + '}'.repeat(depth);
    const create = (body: string, key?: string) => () => {
      const req = send(t, 'post', `/api/regions/${w.leipzig}/organisations`, w.people.coordinator).set('Content-Type', 'application/json');
      return (key ? req.set('Idempotency-Key', key) : req).send(body);
    };
    await expectRefused(
      [
        { what: 'arrays', path: 'body', send: create(arrays) },
        { what: 'objects', path: 'body', send: create(objects) },
        { what: 'arrays with a key', path: 'body', send: create(arrays, 'deep-1') },
        { what: 'objects with a key', path: 'body', send: create(objects, 'deep-2') },
      ],
      'MALFORMED_JSON',
    );
    // The refused request did not take the key.
    await create(JSON.stringify({ name: 'Flach e.V.', type: 'ngo' }), 'deep-1')().expect(201);
  });
});
