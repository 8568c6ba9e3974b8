import { person, world, type World } from '../../apps/api/test/support/fixtures';
import { expectProblem, fieldPaths, send } from '../../apps/api/test/support/http';
import { linkIn, startSmtpCapture } from '../../apps/api/test/support/smtp-capture';
import { createTestApp, type TestApp } from '../../apps/api/test/support/test-app';
import { translator } from '../../apps/api/src/infra/i18n/catalogue';

const publicUrl = 'http://belong.test';

describe('invitations into a region, by email', () => {
  let t: TestApp;
  let w: World;
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await createTestApp({ mail: { smtpUrl: smtp.url, from: 'Belong <belong@belong.test>', publicUrl }, jobPollSeconds: 0.5 });
    w = await world(t);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const invitations = () => `/api/regions/${w.leipzig}/invitations`;
  const tokenOf = (link: string) => link.slice(`${publicUrl}/invitations/`.length);
  const invitationTo = (email: string) => smtp.waitFor((m) => m.rcptTo.includes(email));

  it('sends the invitation by SMTP in the region’s language, with the link, the role and the organisation', async () => {
    const res = await send(t, 'post', invitations(), w.people.coordinator, {
      email: ' Mira@Example.org ',
      role: 'stakeholder',
      organisationId: w.organisations.ngo,
      signatory: true,
    }).expect(201);
    expect(res.body).toEqual(
      expect.objectContaining({ email: 'mira@example.org', role: 'stakeholder', status: 'pending', organisationName: 'Willkommen e.V.' }),
    );
    expect(new Date(res.body.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000);

    const message = await invitationTo('mira@example.org');
    // Leipzig writes German: the invited person has no account, so no language of their own yet.
    expect(message.subject).toBe(translator('de').t('mail.invitation.subject', { region: 'Leipzig' }));
    expect(message.subject).not.toBe(translator('en').t('mail.invitation.subject', { region: 'Leipzig' }));
    expect(message.text).toContain('Willkommen e.V.');
    expect(message.html).toContain('<html lang="de" dir="ltr">');
    expect(message.from?.value).toEqual([{ name: 'Belong', address: 'belong@belong.test' }]);
    const link = linkIn(message, `${publicUrl}/invitations/`);
    expect(message.html).toContain(`href="${link}"`);

    const preview = await send(t, 'get', `/api/invitations/${tokenOf(link)}`).expect(200);
    expect(preview.body).toEqual(
      expect.objectContaining({
        email: 'mira@example.org',
        regionName: 'Leipzig',
        role: 'stakeholder',
        organisationName: 'Willkommen e.V.',
        signatory: true,
        invitedBy: 'Coordinator Leipzig',
        hasAccount: false,
      }),
    );
  });

  it('lets the invited person choose a name and password, and signs them in as a member of the region', async () => {
    await send(t, 'post', invitations(), w.people.coordinator, { email: 'jonas@example.org', role: 'observer' }).expect(201);
    const token = tokenOf(linkIn(await invitationTo('jonas@example.org'), `${publicUrl}/invitations/`));

    expectProblem(
      await send(t, 'post', `/api/invitations/${token}/accept`, null, { password: 'a long passphrase' }),
      400,
      'VALIDATION_FAILED',
    );
    const short = await send(t, 'post', `/api/invitations/${token}/accept`, null, { name: 'Jonas', password: 'short' });
    expect(fieldPaths(short)).toEqual(['body.password']);

    const accepted = await send(t, 'post', `/api/invitations/${token}/accept`, null, {
      name: 'Jonas Weber',
      password: 'a long passphrase',
    });
    expect(accepted.status).toBe(201);
    expect(accepted.headers['set-cookie']?.[0]).toMatch(/^belong_session=/);
    expect(accepted.body.user).toEqual(
      expect.objectContaining({
        email: 'jonas@example.org',
        name: 'Jonas Weber',
        locale: 'de',
        memberships: [expect.objectContaining({ regionId: w.leipzig, role: 'observer' })],
      }),
    );
    await t.http().get('/api/auth/me').set('Authorization', `Bearer ${accepted.body.token}`).expect(200);

    // The link is used: a second accept, or a look at it, is told it is gone.
    expectProblem(
      await send(t, 'post', `/api/invitations/${token}/accept`, null, { name: 'Again', password: 'a long passphrase' }),
      410,
      'INVITATION_GONE',
    );
    expectProblem(await send(t, 'get', `/api/invitations/${token}`), 410, 'INVITATION_GONE');
    const list = await send(t, 'get', `${invitations()}?status=accepted`, w.people.coordinator).expect(200);
    expect(list.body.items.map((i: { email: string }) => i.email)).toContain('jonas@example.org');
  });

  it('lets an existing account accept with its own password, in its own language', async () => {
    const ana = await person(t, 'Ana Existing');
    await t.http().patch('/api/auth/me').set('Authorization', ana.bearer).send({ locale: 'fr' }).expect(200);
    await send(t, 'post', invitations(), w.people.coordinator, { email: ana.email, role: 'official', department: 'Arbeit' }).expect(201);
    const message = await invitationTo(ana.email);
    expect(message.html).toContain('<html lang="fr" dir="ltr">');
    const token = tokenOf(linkIn(message, `${publicUrl}/invitations/`));
    expect((await send(t, 'get', `/api/invitations/${token}`).expect(200)).body.hasAccount).toBe(true);

    expectProblem(
      await send(t, 'post', `/api/invitations/${token}/accept`, null, { password: 'not the password at all' }),
      401,
      'INVALID_CREDENTIALS',
    );
    const accepted = await send(t, 'post', `/api/invitations/${token}/accept`, null, { password: 'correct horse battery staple' }).expect(
      201,
    );
    expect(accepted.body.user.memberships).toEqual([
      expect.objectContaining({ regionId: w.leipzig, role: 'official', department: 'Arbeit' }),
    ]);
  });

  it('renews the link on resending, and a withdrawn invitation opens nothing', async () => {
    const first = await send(t, 'post', invitations(), w.people.coordinator, { email: 'lea@example.org', role: 'observer' }).expect(201);
    const oldToken = tokenOf(linkIn(await invitationTo('lea@example.org'), `${publicUrl}/invitations/`));
    const resent = await send(t, 'post', `${invitations()}/${first.body.id}/resend`, w.people.coordinator).expect(200);
    expect(resent.body.id).toBe(first.body.id);
    await smtp.waitFor(() => smtp.to('lea@example.org').length === 2);
    const newToken = tokenOf(linkIn(smtp.to('lea@example.org')[1]!, `${publicUrl}/invitations/`));
    expect(newToken).not.toBe(oldToken);
    expectProblem(await send(t, 'get', `/api/invitations/${oldToken}`), 410, 'INVITATION_GONE');
    await send(t, 'get', `/api/invitations/${newToken}`).expect(200);

    await send(t, 'delete', `${invitations()}/${first.body.id}`, w.people.coordinator).expect(204);
    expectProblem(await send(t, 'get', `/api/invitations/${newToken}`), 410, 'INVITATION_GONE');
    expectProblem(await send(t, 'delete', `${invitations()}/${first.body.id}`, w.people.coordinator), 409, 'INVALID_STATE');
  });

  it('refuses to invite a member again, and an invitation that is a contradiction', async () => {
    expectProblem(
      await send(t, 'post', invitations(), w.people.coordinator, { email: w.people.signatory.email, role: 'observer' }),
      409,
      'ALREADY_MEMBER',
    );
    const bad = await send(t, 'post', invitations(), w.people.coordinator, { email: 'x@example.org', role: 'stakeholder' });
    expect(fieldPaths(bad)).toEqual(['body.organisationId']);
    const foreign = await send(t, 'post', invitations(), w.people.coordinator, {
      email: 'x@example.org',
      role: 'stakeholder',
      organisationId: '00000000-0000-4000-8000-000000000000',
    });
    expect(fieldPaths(foreign)).toEqual(['body.organisationId']);
  });

  it.each([
    ['admin', 201],
    ['coordinator', 201],
    ['signatory', 403],
    ['official', 403],
    ['donegalCoordinator', 404],
    ['outsider', 404],
  ] as const)('lets %s invite: %i', async (who, status) => {
    const res = await send(t, 'post', invitations(), w.people[who], { email: `by-${who}@example.org`, role: 'observer' });
    expect(res.status).toBe(status);
    if (status !== 201) expectProblem(res, status, status === 403 ? 'FORBIDDEN' : 'NOT_FOUND');
  });

  it('answers a link Belong never sent with 410, and one that is not a link with 400', async () => {
    expectProblem(await send(t, 'get', `/api/invitations/${'A'.repeat(43)}`), 410, 'INVITATION_GONE');
    expectProblem(await send(t, 'get', `/api/invitations/nonsense`), 400, 'VALIDATION_FAILED');
  });
});
