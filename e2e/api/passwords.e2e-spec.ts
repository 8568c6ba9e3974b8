import { password, person } from '../../apps/api/test/support/fixtures';
import { expectProblem, fieldPaths, send } from '../../apps/api/test/support/http';
import { linkIn, startSmtpCapture } from '../../apps/api/test/support/smtp-capture';
import { createTestApp, type TestApp } from '../../apps/api/test/support/test-app';
import { worldApp } from '../../apps/api/test/support/world-app';

const publicUrl = 'http://belong.test';
const login = (t: TestApp, email: string, pass: string) => t.http().post('/api/auth/login').send({ email, password: pass });

describe('forgotten and changed passwords', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await createTestApp({ mail: { smtpUrl: smtp.url, from: 'belong@belong.test', publicUrl }, jobPollSeconds: 0.5 });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const tokenOf = (link: string) => link.slice(`${publicUrl}/reset-password/`.length);

  it('emails a single-use link; the new password works, the old one and every session end', async () => {
    const ana = await person(t, 'Ana Reset');
    const other = (await login(t, ana.email, password).expect(200)).body.token as string;
    await send(t, 'post', '/api/auth/password-reset', null, { email: ana.email.toUpperCase() }).expect(202);
    const message = await smtp.waitFor((m) => m.rcptTo.includes(ana.email));
    expect(message.html).toContain('<html lang="en" dir="ltr">');
    expect(message.subject).toBe('Choose a new password for Belong');
    const token = tokenOf(linkIn(message, `${publicUrl}/reset-password/`));

    const weak = await send(t, 'post', `/api/auth/password-reset/${token}`, null, { password: 'short' });
    expect(fieldPaths(weak)).toEqual(['body.password']);
    await send(t, 'post', `/api/auth/password-reset/${token}`, null, { password: 'a brand new passphrase' }).expect(204);

    expectProblem(
      await send(t, 'post', `/api/auth/password-reset/${token}`, null, { password: 'another new passphrase' }),
      410,
      'LINK_GONE',
    );
    expectProblem(await login(t, ana.email, password), 401, 'INVALID_CREDENTIALS');
    await login(t, ana.email, 'a brand new passphrase').expect(200);
    expectProblem(await t.http().get('/api/auth/me').set('Authorization', ana.bearer), 401, 'UNAUTHENTICATED');
    expectProblem(await t.http().get('/api/auth/me').set('Authorization', `Bearer ${other}`), 401, 'UNAUTHENTICATED');
  });

  it('answers the same for an address without an account, and sends nothing', async () => {
    const before = smtp.messages.length;
    const res = await send(t, 'post', '/api/auth/password-reset', null, { email: 'nobody-here@example.org' });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({});
    const rows = await t.db.query(`SELECT count(*)::int AS n FROM mail_messages WHERE recipient = 'nobody-here@example.org'`);
    expect(rows[0].n).toBe(0);
    expect(smtp.messages.length).toBe(before);
  });

  it('makes an earlier link useless when a newer one is asked for', async () => {
    const bo = await person(t, 'Bo Twice');
    await send(t, 'post', '/api/auth/password-reset', null, { email: bo.email }).expect(202);
    const first = tokenOf(linkIn(await smtp.waitFor((m) => m.rcptTo.includes(bo.email)), `${publicUrl}/reset-password/`));
    await send(t, 'post', '/api/auth/password-reset', null, { email: bo.email }).expect(202);
    await smtp.waitFor(() => smtp.to(bo.email).length === 2);
    expectProblem(
      await send(t, 'post', `/api/auth/password-reset/${first}`, null, { password: 'a brand new passphrase' }),
      410,
      'LINK_GONE',
    );
  });

  it('throttles requests for one address (429), whether or not it has an account', async () => {
    for (let i = 0; i < 3; i++) await send(t, 'post', '/api/auth/password-reset', null, { email: 'flood@example.org' }).expect(202);
    const refused = await send(t, 'post', '/api/auth/password-reset', null, { email: 'flood@example.org' });
    expectProblem(refused, 429, 'TOO_MANY_REQUESTS');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('expires a link after an hour', async () => {
    const cy = await person(t, 'Cy Late');
    await send(t, 'post', '/api/auth/password-reset', null, { email: cy.email }).expect(202);
    const token = tokenOf(linkIn(await smtp.waitFor((m) => m.rcptTo.includes(cy.email)), `${publicUrl}/reset-password/`));
    await t.db.query(`UPDATE password_resets SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [cy.userId]);
    expectProblem(
      await send(t, 'post', `/api/auth/password-reset/${token}`, null, { password: 'a brand new passphrase' }),
      410,
      'LINK_GONE',
    );
  });

  it('changes a password given the current one; the other sessions end, this one stays', async () => {
    const di = await person(t, 'Di Change');
    const other = (await login(t, di.email, password).expect(200)).body.token as string;
    const wrong = await send(t, 'post', '/api/auth/password', di, {
      currentPassword: 'not my password',
      newPassword: 'a brand new passphrase',
    });
    expect(fieldPaths(wrong)).toEqual(['body.currentPassword']);
    const weak = await send(t, 'post', '/api/auth/password', di, { currentPassword: password, newPassword: 'short' });
    expect(fieldPaths(weak)).toEqual(['body.newPassword']);
    await send(t, 'post', '/api/auth/password', di, { currentPassword: password, newPassword: 'a brand new passphrase' }).expect(204);
    await t.http().get('/api/auth/me').set('Authorization', di.bearer).expect(200);
    expectProblem(await t.http().get('/api/auth/me').set('Authorization', `Bearer ${other}`), 401, 'UNAUTHENTICATED');
    await login(t, di.email, 'a brand new passphrase').expect(200);
    expectProblem(
      await send(t, 'post', '/api/auth/password', null, { currentPassword: password, newPassword: 'x'.repeat(20) }),
      401,
      'UNAUTHENTICATED',
    );
  });
});

describe('the outbox, when no mail server is set', () => {
  const app = worldApp();

  it('keeps every message for administrators to read, with its link', async () => {
    await send(app.t, 'post', `/api/regions/${app.w.leipzig}/invitations`, app.w.people.coordinator, {
      email: 'kept@example.org',
      role: 'observer',
    }).expect(201);
    await send(app.t, 'post', '/api/auth/password-reset', null, { email: app.w.people.observer.email }).expect(202);
    const outbox = await send(app.t, 'get', '/api/admin/outbox', app.w.people.admin).expect(200);
    const [reset, invitation] = outbox.body.items;
    expect(reset).toEqual(expect.objectContaining({ to: app.w.people.observer.email, purpose: 'password_reset', status: 'kept' }));
    expect(invitation).toEqual(expect.objectContaining({ to: 'kept@example.org', purpose: 'invitation', status: 'kept', language: 'de' }));
    expect(invitation.text).toMatch(/http:\/\/localhost:3000\/invitations\/[A-Za-z0-9_-]{43}/);
    const one = await send(app.t, 'get', `/api/admin/outbox/${invitation.id}`, app.w.people.admin).expect(200);
    expect(one.body.html).toContain('/invitations/');
  });

  it.each(['coordinator', 'signatory', 'outsider'] as const)('is closed to %s (403)', async (who) => {
    expectProblem(await send(app.t, 'get', '/api/admin/outbox', app.w.people[who]), 403, 'FORBIDDEN');
  });
});
