import { MailSender } from '../src/modules/mail/mail-sender';
import { world, type World } from './support/fixtures';
import { send } from './support/http';
import { startSmtpCapture } from './support/smtp-capture';
import { createTestApp, startSecondInstance, type TestApp } from './support/test-app';

/** Sending mail: once per message, again after a refusal, and by whichever instance takes the job. */
describe('mail delivery', () => {
  let refusing = false;
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    smtp = await startSmtpCapture({ refuse: () => refusing });
    // Workers poll rarely here, so that the test drives the sender itself.
    t = await createTestApp({
      mail: { smtpUrl: smtp.url, from: 'belong@belong.test', publicUrl: 'http://belong.test' },
      jobPollSeconds: 60,
    });
    w = await world(t);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const messageTo = async (email: string) =>
    (await t.db.query(`SELECT id, status, attempts, last_error, text_body FROM mail_messages WHERE recipient = $1`, [email]))[0] as {
      id: string;
      status: string;
      attempts: number;
      last_error: string | null;
      text_body: string | null;
    };

  it('puts a refused message back in the queue, sends it on the next attempt, and never twice', async () => {
    await send(t, 'post', `/api/regions/${w.leipzig}/invitations`, w.people.coordinator, {
      email: 'retry@example.org',
      role: 'observer',
    }).expect(201);
    const queued = await messageTo('retry@example.org');
    expect(queued.status).toBe('queued');
    const sender = t.app.get(MailSender);

    refusing = true;
    await expect(sender.deliver(queued.id)).rejects.toThrow(/Try again later/);
    expect(await messageTo('retry@example.org')).toEqual(
      expect.objectContaining({ status: 'queued', attempts: 1, last_error: expect.stringContaining('451') }),
    );
    expect(smtp.to('retry@example.org')).toHaveLength(0);

    refusing = false;
    await sender.deliver(queued.id);
    await sender.deliver(queued.id);
    expect(smtp.to('retry@example.org')).toHaveLength(1);
    // Sent: the record keeps who and what about, not the single-use link.
    expect(await messageTo('retry@example.org')).toEqual(
      expect.objectContaining({ status: 'sent', attempts: 2, last_error: null, text_body: null }),
    );
  });

  it('sends each message once when two instances work the queue', async () => {
    const second = await startSecondInstance(t, { SMTP_URL: smtp.url, MAIL_FROM: 'belong@belong.test', JOB_POLL_SECONDS: '0.5' });
    try {
      const addresses = Array.from({ length: 12 }, (_, i) => `both-${i}@example.org`);
      await Promise.all(
        addresses.map((email, i) =>
          (i % 2 ? second.http() : t.http())
            .post(`/api/regions/${w.leipzig}/invitations`)
            .set('Authorization', w.people.coordinator.bearer)
            .send({ email, role: 'observer' })
            .expect(201),
        ),
      );
      // This instance polls only every minute: the second one sends them; then this one works the queue too.
      await smtp.waitFor(() => addresses.every((a) => smtp.to(a).length > 0), 20_000);
      for (const row of await t.db.query<Array<{ id: string }>>(`SELECT id FROM mail_messages WHERE recipient LIKE 'both-%'`))
        await t.app.get(MailSender).deliver(row.id);
      expect(addresses.map((a) => smtp.to(a).length)).toEqual(addresses.map(() => 1));
    } finally {
      await second.stop();
    }
  });
});
