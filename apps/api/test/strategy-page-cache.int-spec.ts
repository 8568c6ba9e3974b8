import { decideOnCurrent, send } from './support/http';
import { draftStrategy } from './support/strategy-fixtures';
import { countQueries, startSecondInstance } from './support/test-app';
import { worldApp } from './support/world-app';

/**
 * The strategy page is kept by each instance under the strategy's stamp, which every write to the strategy
 * raises as it commits: a repeated read is a lookup, and a read after any write (on any instance) is current.
 */
describe('the strategy page, kept between reads', () => {
  const world = worldApp();

  it('is answered again without reading the strategy anew, and anew after each kind of change', async () => {
    const { t, w } = world;
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Erster Text.', 'Zweiter Text.'], 'consultation');
    const [first, second] = s.sectionIds as [string, string];
    const page = async () => (await send(t, 'get', `/api/strategies/${s.id}`, w.people.coordinator).expect(200)).body;
    const tag = async () => (await send(t, 'get', `/api/strategies/${s.id}`, w.people.coordinator).expect(200)).headers.etag as string;

    const made = await countQueries(t, page);
    const kept = await countQueries(t, page);
    // The session, the person, their memberships; the stamp; the strategy (for the access check). No section.
    expect(kept).toBe(5);
    expect(made).toBeGreaterThan(kept);

    const changes: Array<
      [string, () => Promise<unknown>, (body: { sections: Array<Record<string, unknown>> } & Record<string, unknown>) => unknown]
    > = [
      [
        'a comment',
        () => send(t, 'post', `/api/sections/${first}/comments`, w.people.stakeholder, { body: 'Gut' }).expect(201),
        (body) => body.sections[0]!.openComments,
      ],
      [
        'an approval',
        () => decideOnCurrent(t, second, w.people.signatory, { decision: 'approve' }),
        (body) => (body.sections[1]!.approval as { approvals: number }).approvals,
      ],
      [
        'an edit',
        () => send(t, 'patch', `/api/sections/${first}`, w.people.coordinator, { body: 'Neuer Text.' }).set('If-Match', '"1"').expect(200),
        (body) => body.sections[0]!.body,
      ],
      [
        'a translation',
        () =>
          send(t, 'put', `/api/sections/${second}/translations/en`, w.people.coordinator, { heading: 'Two', body: 'Second text.' }).expect(
            200,
          ),
        (body) => body.translations,
      ],
      [
        'a rename',
        async () => {
          const { revision } = await page();
          await send(t, 'patch', `/api/strategies/${s.id}`, w.people.coordinator, { title: 'Neuer Titel' })
            .set('If-Match', `"${String(revision)}"`)
            .expect(200);
        },
        (body) => body.title,
      ],
    ];
    for (const [what, change, shown] of changes) {
      const before = { tag: await tag(), shown: shown(await page()) };
      await change();
      const after = { tag: await tag(), shown: shown(await page()) };
      expect({ what, changed: after.tag !== before.tag }).toEqual({ what, changed: true });
      expect({ what, shown: after.shown }).not.toEqual({ what, shown: before.shown });
    }
  });

  it('shows each person what they may do, not what the last reader could', async () => {
    const { t, w } = world;
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Text.'], 'consultation');
    const can = async (who: typeof w.people.coordinator) =>
      (await send(t, 'get', `/api/strategies/${s.id}`, who).expect(200)).body.sections[0].can as string[];
    const coordinator = await can(w.people.coordinator);
    const observer = await can(w.people.observer);
    expect(coordinator).toContain('edit');
    expect(observer).not.toContain('edit');
    expect(await can(w.people.coordinator)).toEqual(coordinator);
  });

  it('is current on this instance after a comment posted through another', async () => {
    const { t, w } = world;
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Text.'], 'consultation');
    const openComments = async () =>
      (await send(t, 'get', `/api/strategies/${s.id}`, w.people.coordinator).expect(200)).body.sections[0].openComments as number;
    expect(await openComments()).toBe(0);
    const other = await startSecondInstance(t);
    try {
      await other
        .http()
        .post(`/api/sections/${s.sectionIds[0]}/comments`)
        .set('Authorization', w.people.stakeholder.bearer)
        .send({ body: 'Von der anderen Instanz' })
        .expect(201);
    } finally {
      await other.stop();
    }
    expect(await openComments()).toBe(1);
  });
});
