import { world, type World } from './support/fixtures';
import { expectProblem, send } from './support/http';
import { createTestApp, type TestApp } from './support/test-app';
import { onServer } from './support/test-database';

describe('audit log', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  });
  afterAll(() => t.close());

  it('records who created what, when', async () => {
    const { coordinator } = w.people;
    const created = await send(t, 'post', `/api/regions/${w.leipzig}/organisations`, coordinator, {
      name: 'Audited Org',
      type: 'education',
    }).expect(201);
    const log = await send(t, 'get', `/api/regions/${w.leipzig}/audit?limit=200`, coordinator).expect(200);
    const event = (log.body.items as Array<Record<string, unknown>>).find((e) => e.entityId === created.body.id);
    expect(event).toEqual({
      id: expect.any(String),
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      actorId: coordinator.userId,
      action: 'organisation.created',
      entityType: 'organisation',
      entityId: created.body.id,
      data: { name: 'Audited Org', type: 'education' },
    });
  });

  it('records removals', async () => {
    const { coordinator, observer } = w.people;
    await send(t, 'delete', `/api/regions/${w.leipzig}/members/${observer.userId}`, coordinator).expect(204);
    const log = await send(t, 'get', `/api/regions/${w.leipzig}/audit?limit=200`, coordinator).expect(200);
    expect(log.body.items).toContainEqual(
      expect.objectContaining({
        action: 'member.removed',
        actorId: coordinator.userId,
        data: { userId: observer.userId, role: 'observer' },
      }),
    );
  });

  it('cannot be changed or deleted, not even by the application', async () => {
    await onServer(t.config.databaseUrl, async (sql) => {
      await expect(sql.query(`UPDATE audit_events SET action = 'forged'`)).rejects.toThrow(/append-only/);
      await expect(sql.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
    });
  });

  it('is read by coordinators and administrators only', async () => {
    await send(t, 'get', `/api/regions/${w.leipzig}/audit`, w.people.admin).expect(200);
    expectProblem(await send(t, 'get', `/api/regions/${w.leipzig}/audit`, w.people.official), 403, 'FORBIDDEN');
    expectProblem(await send(t, 'get', `/api/regions/${w.leipzig}/audit`, w.people.donegalCoordinator), 404, 'NOT_FOUND');
  });
});
