import { Client } from 'pg';
import type { Response } from 'supertest';
import { draftStrategy, type DraftedStrategy } from './support/strategy-fixtures';
import { world, type Actor, type World, businessSignatoryOf } from './support/fixtures';
import { decideOnCurrent, expectProblem, send } from './support/http';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * Writes on a strategy's parts against a submission at the same moment. Every such write locks the strategy
 * first and checks its state in the transaction that writes, so it either lands before the version freezes
 * (and is in it) or is refused; never both, never a 500.
 */
describe('writes racing a submission', () => {
  let t: TestApp;
  let w: World;
  let businessSignatory: Actor;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    businessSignatory = await businessSignatoryOf(t, w);
  });
  afterAll(() => t.close());

  /** A strategy in consolidation whose every section both organisations approved: ready to be submitted. */
  async function readyToSubmit(texts = ['Erster Abschnitt', 'Zweiter Abschnitt']): Promise<DraftedStrategy> {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, texts, 'consultation');
    for (const id of s.sectionIds) {
      await decideOnCurrent(t, id, w.people.signatory, { decision: 'approve' });
      await decideOnCurrent(t, id, businessSignatory, { decision: 'approve' });
    }
    await send(t, 'post', `/api/strategies/${s.id}/transitions`, w.people.coordinator, { to: 'consolidation' }).expect(200);
    return s;
  }
  const submit = (s: DraftedStrategy) => send(t, 'post', `/api/strategies/${s.id}/transitions`, w.people.coordinator, { to: 'submitted' });
  const frozen = async (s: DraftedStrategy) => {
    const rows = await t.db.query(`SELECT content FROM strategy_versions WHERE strategy_id = $1`, [s.id]);
    return rows.length ? (JSON.parse(rows[0].content as string) as Frozen) : null;
  };
  interface Frozen {
    sections: Array<{ id: string; body: string; signOff: Array<{ decision: string; note: string | null }> }>;
    recommendations: Array<{ title: string }>;
  }
  const expectNo500 = (...responses: Response[]) => {
    for (const r of responses) expect(r.status).toBeLessThan(500);
  };

  describe('held at the strategy lock: a write waits for a submission in progress and then sees it', () => {
    /**
     * Plays a submission that holds the strategy's row: another connection locks it, the write is sent and
     * must wait for that lock, then the submission commits. A write that checked the state before taking the
     * lock would have landed on a strategy about to be frozen.
     */
    async function whileSubmitting(s: DraftedStrategy, write: () => Promise<Response>): Promise<Response> {
      const other = new Client({ connectionString: t.config.databaseUrl });
      await other.connect();
      try {
        await other.query('BEGIN');
        await other.query(`SELECT id FROM strategies WHERE id = $1 FOR UPDATE`, [s.id]);
        // supertest sends when asked for the result: ask now, and look at it after the submission.
        const pending = write().then((response) => response);
        await waitForLockWaiter(other);
        await other.query(`UPDATE strategies SET status = 'submitted', revision = revision + 1 WHERE id = $1`, [s.id]);
        await other.query('COMMIT');
        return await pending;
      } finally {
        await other.end();
      }
    }

    it.each([
      [
        'an approval',
        (s: DraftedStrategy, _source: string) =>
          send(t, 'post', `/api/sections/${s.sectionIds[0]}/approvals`, w.people.signatory, { decision: 'request_changes' }).set(
            'If-Match',
            '"1"',
          ),
        'FEEDBACK_CLOSED',
      ],
      [
        'a comment',
        (s: DraftedStrategy, _source: string) =>
          send(t, 'post', `/api/sections/${s.sectionIds[0]}/comments`, businessSignatory, { body: 'Noch etwas' }),
        'FEEDBACK_CLOSED',
      ],
      [
        'a section edit',
        (s: DraftedStrategy, _source: string) =>
          send(t, 'patch', `/api/sections/${s.sectionIds[0]}`, w.people.coordinator, { body: 'Zu spät' }).set('If-Match', '"1"'),
        'TEXT_FROZEN',
      ],
      [
        'a new section',
        (s: DraftedStrategy, _source: string) =>
          send(t, 'post', `/api/strategies/${s.id}/sections`, w.people.coordinator, { heading: 'Nachtrag', body: 'B', theme: 'health' }),
        'TEXT_FROZEN',
      ],
      [
        'a recommendation',
        (s: DraftedStrategy, source: string) =>
          send(t, 'post', `/api/strategies/${s.id}/recommendations`, w.people.coordinator, {
            title: 'Nachzügler',
            body: 'B',
            proposalIds: [],
            commentIds: [source],
          }),
        'TEXT_FROZEN',
      ],
    ])('%s is refused, not written', async (_what, write, code) => {
      const s = await readyToSubmit();
      const source = (await send(t, 'post', `/api/sections/${s.sectionIds[1]}/comments`, businessSignatory, { body: 'Quelle' }).expect(201))
        .body.id as string;
      const before = await t.db.query(
        `SELECT (SELECT count(*) FROM approvals) + (SELECT count(*) FROM comments) + (SELECT count(*) FROM sections) + (SELECT count(*) FROM recommendations) AS n`,
      );
      expectProblem(await whileSubmitting(s, () => write(s, source)), 409, code);
      const after = await t.db.query(
        `SELECT (SELECT count(*) FROM approvals) + (SELECT count(*) FROM comments) + (SELECT count(*) FROM sections) + (SELECT count(*) FROM recommendations) AS n`,
      );
      expect(after[0].n).toBe(before[0].n);
      const body = (await send(t, 'get', `/api/sections/${s.sectionIds[0]}`, w.people.coordinator)).body.body;
      expect(body).toBe('Erster Abschnitt');
    });

    it('a translation waits for a text change in progress and is made from the text it wrote', async () => {
      const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Alter Text']);
      const id = s.sectionIds[0]!;
      const other = new Client({ connectionString: t.config.databaseUrl });
      await other.connect();
      try {
        await other.query('BEGIN');
        await other.query(`SELECT id FROM strategies WHERE id = $1 FOR UPDATE`, [s.id]);
        const pending = send(t, 'put', `/api/sections/${id}/translations/en`, w.people.coordinator, {
          heading: 'H',
          body: 'Old text',
        }).then((response) => response);
        await waitForLockWaiter(other);
        await other.query(`UPDATE sections SET body = 'Neuer Text', revision = revision + 1, text_revision = revision + 1 WHERE id = $1`, [
          id,
        ]);
        await other.query('COMMIT');
        // It waited for the change, then read the text as the change left it: it is recorded against revision 2.
        expect((await pending).body).toEqual(expect.objectContaining({ sourceRevision: 2, outdated: false }));
      } finally {
        await other.end();
      }
    });
  });

  describe('sent at the same moment as the submission, again and again', () => {
    const rounds = 6;

    it('an approval lands before the version freezes, and is in it, or is refused', async () => {
      for (let round = 0; round < rounds; round++) {
        const s = await readyToSubmit();
        const note = `Nachtrag ${round}`;
        const [approval, submitted] = await Promise.all([
          send(t, 'post', `/api/sections/${s.sectionIds[0]}/approvals`, w.people.signatory, { decision: 'approve', note }).set(
            'If-Match',
            '"1"',
          ),
          submit(s),
        ]);
        expectNo500(approval, submitted);
        expect(submitted.status).toBe(200);
        const version = await frozen(s);
        const inVersion = version!.sections[0]!.signOff.some((d) => d.note === note);
        if (approval.status === 201) expect(inVersion).toBe(true);
        else {
          expectProblem(approval, 409, 'FEEDBACK_CLOSED');
          expect(inVersion).toBe(false);
        }
      }
    });

    it('a section edit and the submission never both succeed', async () => {
      for (let round = 0; round < rounds; round++) {
        const s = await readyToSubmit();
        const [edit, submitted] = await Promise.all([
          send(t, 'patch', `/api/sections/${s.sectionIds[0]}`, w.people.coordinator, { body: `Geändert ${round}` }).set('If-Match', '"1"'),
          submit(s),
        ]);
        expectNo500(edit, submitted);
        expect([edit.status, submitted.status].sort()).toEqual([200, 409]);
        const version = await frozen(s);
        if (edit.status === 200) {
          // The edit came first: its new text is not approved, so nothing was submitted.
          expectProblem(submitted, 409, 'SECTIONS_NOT_APPROVED');
          expect(version).toBeNull();
        } else {
          expectProblem(edit, 409, 'TEXT_FROZEN');
          expect(version!.sections[0]!.body).toBe('Erster Abschnitt');
        }
      }
    });

    it('a comment is written before the version freezes, or refused', async () => {
      for (let round = 0; round < rounds; round++) {
        const s = await readyToSubmit();
        const [comment, submitted] = await Promise.all([
          send(t, 'post', `/api/sections/${s.sectionIds[0]}/comments`, businessSignatory, { body: `Spät ${round}` }),
          submit(s),
        ]);
        expectNo500(comment, submitted);
        expect(submitted.status).toBe(200);
        if (comment.status === 201) {
          const [{ before }] = await t.db.query(
            `SELECT c.created_at <= v.submitted_at AS before FROM comments c, strategy_versions v WHERE c.id = $1 AND v.strategy_id = $2`,
            [comment.body.id, s.id],
          );
          expect(before).toBe(true);
        } else expectProblem(comment, 409, 'FEEDBACK_CLOSED');
      }
    });

    it('a recommendation is in the version, or refused', async () => {
      for (let round = 0; round < rounds; round++) {
        const s = await readyToSubmit();
        const source = (
          await send(t, 'post', `/api/sections/${s.sectionIds[1]}/comments`, businessSignatory, { body: 'Quelle' }).expect(201)
        ).body.id;
        const title = `Empfehlung ${round}`;
        const [recommendation, submitted] = await Promise.all([
          send(t, 'post', `/api/strategies/${s.id}/recommendations`, w.people.coordinator, {
            title,
            body: 'B',
            proposalIds: [],
            commentIds: [source],
          }),
          submit(s),
        ]);
        expectNo500(recommendation, submitted);
        expect(submitted.status).toBe(200);
        const inVersion = (await frozen(s))!.recommendations.some((r) => r.title === title);
        expect(inVersion).toBe(recommendation.status === 201);
        if (recommendation.status !== 201) expectProblem(recommendation, 409, 'TEXT_FROZEN');
      }
    });
  });

  it('comments go side by side: one in flight holds back an edit of the section, not another comment', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Der Text.'], 'consultation');
    const sectionId = s.sectionIds[0]!;
    // A comment in flight, as the comments service locks for it: the strategy and the section, shared.
    const inFlight = new Client({ connectionString: t.config.databaseUrl });
    await inFlight.connect();
    try {
      await inFlight.query('BEGIN');
      await inFlight.query(`SELECT id FROM strategies WHERE id = $1 FOR SHARE`, [s.id]);
      await inFlight.query(`SELECT id FROM sections WHERE id = $1 FOR SHARE`, [sectionId]);

      const comment = await send(t, 'post', `/api/sections/${sectionId}/comments`, w.people.stakeholder, { body: 'Daneben' });
      expect(comment.status).toBe(201);

      let edited = false;
      const edit = send(t, 'patch', `/api/sections/${sectionId}`, w.people.coordinator, { body: 'Neu.' })
        .set('If-Match', '"1"')
        .then((response) => ((edited = true), response));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(edited).toBe(false);
      await inFlight.query('COMMIT');
      expect((await edit).status).toBe(200);
    } finally {
      await inFlight.end();
    }
  });

  it('a burst of every kind of write on two strategies ends without a deadlock surfacing as a 500', async () => {
    const [a, b] = [await readyToSubmit(['A1', 'A2']), await readyToSubmit(['B1', 'B2'])];
    const writes: Array<Promise<Response>> = [];
    for (const s of [a, b, a, b]) {
      for (const id of s.sectionIds) {
        writes.push(send(t, 'post', `/api/sections/${id}/comments`, w.people.signatory, { body: 'x' }));
        writes.push(send(t, 'post', `/api/sections/${id}/approvals`, businessSignatory, { decision: 'approve' }).set('If-Match', '"1"'));
        writes.push(send(t, 'patch', `/api/sections/${id}`, w.people.coordinator, { position: 1 }).set('If-Match', '"1"'));
      }
      writes.push(send(t, 'patch', `/api/strategies/${s.id}`, w.people.coordinator, { title: 'Neu' }).set('If-Match', '"2"'));
      writes.push(submit(s));
    }
    const results = await Promise.all(writes);
    expectNo500(...results);
    expect(results.filter((r) => ![200, 201, 409, 412].includes(r.status)).map((r) => [r.status, r.body])).toEqual([]);
  });
});

/** Waits until a backend other than `holder` waits for a lock (the write under test, queued behind the row lock). */
async function waitForLockWaiter(holder: Client): Promise<void> {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    const { rows } = await holder.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
    );
    if ((rows[0] as { n: number }).n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('The write did not wait for the strategy lock: it checked the state without taking it');
}
