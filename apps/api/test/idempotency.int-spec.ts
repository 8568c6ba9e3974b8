import { world, type World } from './support/fixtures';
import { expectProblem, send } from './support/http';
import { createTestApp, type TestApp } from './support/test-app';

describe('Idempotency-Key on create', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  });
  afterAll(() => t.close());

  const create = (key: string | null, body: object) => {
    const req = send(t, 'post', `/api/regions/${w.leipzig}/organisations`, w.people.coordinator, body);
    return key ? req.set('Idempotency-Key', key) : req;
  };
  const count = async () =>
    (await t.db.query(`SELECT count(*)::int AS n FROM organisations WHERE region_id = $1`, [w.leipzig]))[0].n as number;

  it('returns the first response to a repeat and creates nothing more', async () => {
    const before = await count();
    const first = await create('retry-1', { name: 'Retried Org', type: 'other' }).expect(201);
    const again = await create('retry-1', { type: 'other', name: 'Retried Org' }).expect(201);
    expect(again.body).toEqual(first.body);
    expect(await count()).toBe(before + 1);
  });

  it('refuses the same key with another body (422) and writes nothing', async () => {
    await create('retry-2', { name: 'First Body', type: 'other' }).expect(201);
    const before = await count();
    expectProblem(await create('retry-2', { name: 'Second Body', type: 'other' }), 422, 'IDEMPOTENCY_KEY_REUSED');
    expect(await count()).toBe(before);
  });

  it('scopes keys to the caller', async () => {
    await create('shared-key', { name: 'By Coordinator', type: 'other' }).expect(201);
    const other = await send(t, 'post', `/api/regions/${w.leipzig}/organisations`, w.people.admin, { name: 'By Admin', type: 'other' })
      .set('Idempotency-Key', 'shared-key')
      .expect(201);
    expect(other.body.name).toBe('By Admin');
  });

  it('lets a failed request be retried with its key', async () => {
    expectProblem(await create('retry-3', { name: 'By Coordinator', type: 'other' }), 409, 'ORGANISATION_NAME_TAKEN');
    await create('retry-3', { name: 'Now Unique', type: 'other' }).expect(201);
  });
});
