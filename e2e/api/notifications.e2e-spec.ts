import { NotificationMail } from '../../apps/api/src/modules/notifications/notification-mail';
import { translator } from '../../apps/api/src/infra/i18n/catalogue';
import { businessSignatoryOf, member, person, world, type Actor, type World } from '../../apps/api/test/support/fixtures';
import { decideOnCurrent, expectProblem, fieldPaths, send } from '../../apps/api/test/support/http';
import { headerOf, startSmtpCapture, type Captured } from '../../apps/api/test/support/smtp-capture';
import { draftStrategy } from '../../apps/api/test/support/strategy-fixtures';
import { createTestApp, type TestApp } from '../../apps/api/test/support/test-app';
import { worldApp } from '../../apps/api/test/support/world-app';

const publicUrl = 'http://belong.test';

describe('notifications: what waits for each person, in the app and by email', () => {
  let t: TestApp;
  let w: World;
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await createTestApp({
      mail: { smtpUrl: smtp.url, from: 'belong@belong.test', publicUrl },
      jobPollSeconds: 0.5,
      notifyEmailDelaySeconds: 0,
    });
    w = await world(t);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const notificationsOf = async (who: Actor, query = '') => (await send(t, 'get', `/api/notifications${query}`, who).expect(200)).body;
  const kindsOf = async (who: Actor) => ((await notificationsOf(who)).items as Array<{ kind: string }>).map((n) => n.kind);
  const mailTo = (who: Actor, subject: string) => smtp.waitFor((m) => m.rcptTo.includes(who.email) && m.subject === subject);
  /** Gives the job queue time to send what it would send: to prove that nothing more comes. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 2500));

  it('tells the stakeholders when the consultation opens, in their language and by email, but not the coordinator who opened it', async () => {
    await t.http().patch('/api/auth/me').set('Authorization', w.people.stakeholder.bearer).send({ locale: 'de' }).expect(200);
    const strategy = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Text eins.'], 'consultation');
    const forSignatory = await notificationsOf(w.people.signatory, '?unread=true');
    expect(forSignatory.unreadCount).toBe(1);
    expect(forSignatory.items[0]).toEqual(
      expect.objectContaining({
        kind: 'strategy.consultation_opened',
        title: 'The consultation on “Integrationsstrategie 2027” is open: comment, propose and sign off its sections.',
        link: `/strategies/${strategy.id}`,
        needsAction: true,
        readAt: null,
      }),
    );
    const inGerman = translator('de').t('notifications.kinds.consultationOpened', { strategy: 'Integrationsstrategie 2027' });
    expect((await notificationsOf(w.people.stakeholder)).items[0].title).toBe(inGerman);
    expect(await kindsOf(w.people.coordinator)).toEqual([]);
    expect(await kindsOf(w.people.official)).toEqual([]);

    const message = await mailTo(w.people.stakeholder, inGerman);
    expect(message.html).toContain('<html lang="de" dir="ltr">');
    expect(message.html).toContain(`href="${publicUrl}/strategies/${strategy.id}"`);
    expect(headerOf(message, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(String(headerOf(message, 'List-Unsubscribe'))).toMatch(new RegExp(`^<${publicUrl}/api/unsubscribe/[A-Za-z0-9_-]{43}>$`));
  });

  it('turns one storm of edits into one notification and one email for each signatory whose approval went stale', async () => {
    const strategy = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Erste Fassung.'], 'consultation');
    const [sectionId] = strategy.sectionIds as [string];
    await decideOnCurrent(t, sectionId, w.people.signatory, { decision: 'approve' });
    await send(t, 'post', '/api/notifications/read', w.people.signatory, { all: true }).expect(204);
    for (let i = 1; i <= 10; i++) {
      const { revision } = (await send(t, 'get', `/api/sections/${sectionId}`, w.people.coordinator).expect(200)).body;
      await send(t, 'patch', `/api/sections/${sectionId}`, w.people.coordinator, { body: `Fassung ${i}.` })
        .set('If-Match', `"${revision}"`)
        .expect(200);
    }
    const stale = (await notificationsOf(w.people.signatory, '?unread=true')).items;
    expect(stale).toEqual([expect.objectContaining({ kind: 'approval.stale', link: `/sections/${sectionId}`, needsAction: true })]);
    await mailTo(w.people.signatory, stale[0].title);
    await settle();
    expect(smtp.to(w.people.signatory.email).filter((m) => m.subject === stale[0].title)).toHaveLength(1);
    // The business had not approved: nothing went stale for it.
    expect((await notificationsOf(w.people.stakeholder)).items.map((n: { kind: string }) => n.kind)).not.toContain('approval.stale');
  });

  it('tells coordinators of a new proposal, and the proposing organisation of the answer', async () => {
    const proposal = await send(t, 'post', `/api/regions/${w.leipzig}/proposals`, w.people.stakeholder, {
      title: 'Mehr Abendkurse',
      problem: 'Kurse nur tagsüber.',
      proposal: 'Abendkurse anbieten.',
    }).expect(201);
    expect((await notificationsOf(w.people.coordinator)).items[0]).toEqual(
      expect.objectContaining({
        kind: 'proposal.submitted',
        title: 'New proposal to review: “Mehr Abendkurse”.',
        link: `/proposals/${proposal.body.id}`,
      }),
    );
    const colleague = await person(t, 'Colleague Business');
    await member(t, w.leipzig, colleague, 'stakeholder', { organisationId: w.organisations.business });
    await send(t, 'post', `/api/proposals/${proposal.body.id}/transitions`, w.people.coordinator, { to: 'under_review' }).expect(200);
    await send(t, 'post', `/api/proposals/${proposal.body.id}/transitions`, w.people.coordinator, { to: 'accepted', answer: 'Ja.' }).expect(
      200,
    );
    for (const who of [w.people.stakeholder, colleague]) {
      expect((await notificationsOf(who)).items[0]).toEqual(
        expect.objectContaining({ kind: 'proposal.answered', link: `/proposals/${proposal.body.id}` }),
      );
    }
    expect((await notificationsOf(colleague)).items[0].title).toBe('Your proposal “Mehr Abendkurse” has been answered: Accepted.');
    expect(await kindsOf(w.people.signatory)).not.toContain('proposal.answered');
  });

  it('collects replies in one daily digest at 07:00 in the reader’s time zone, never empty and never twice a day', async () => {
    const strategy = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Diskussion.'], 'consultation');
    const [sectionId] = strategy.sectionIds as [string];
    const reader = await person(t, 'Digest Reader');
    await member(t, w.leipzig, reader, 'stakeholder', { organisationId: w.organisations.ngo });
    await send(t, 'put', '/api/me/notification-settings', reader, { timeZone: 'Europe/Bucharest' }).expect(200);
    const comment = await send(t, 'post', `/api/sections/${sectionId}/comments`, reader, { body: 'Eine Frage.' }).expect(201);
    await send(t, 'post', `/api/sections/${sectionId}/comments`, w.people.coordinator, {
      body: 'Eine Antwort.',
      parentId: comment.body.id,
    }).expect(201);
    await send(t, 'post', `/api/sections/${sectionId}/comments`, w.people.signatory, {
      body: 'Noch eine.',
      parentId: comment.body.id,
    }).expect(201);
    // Replies are a daily matter by default: no email now.
    expect((await notificationsOf(reader)).items.filter((n: { kind: string }) => n.kind === 'comment.replied')).toHaveLength(1);
    await settle();
    expect(smtp.to(reader.email).filter((m) => (m.subject ?? '').includes('replied'))).toHaveLength(0);

    const digests = t.app.get(NotificationMail);
    // 06:30 in Bucharest (04:30 UTC): not yet.
    expect(await digests.sendDigests(new Date('2027-03-10T04:30:00Z'))).toBe(0);
    // 07:10 in Bucharest (05:10 UTC): the reader's digest goes, and nobody else's (nobody else has a daily item).
    expect(await digests.sendDigests(new Date('2027-03-10T05:10:00Z'))).toBe(1);
    const digest: Captured = await smtp.waitFor((m) => m.rcptTo.includes(reader.email) && (m.subject ?? '').startsWith('Belong:'));
    expect(digest.subject).toBe('Belong: 1 update for you');
    expect(digest.text).toContain('Integrationsstrategie 2027');
    expect(digest.html).toContain(`href="${publicUrl}/sections/${sectionId}"`);
    expect(headerOf(digest, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    // The same morning again: nothing more.
    expect(await digests.sendDigests(new Date('2027-03-10T05:40:00Z'))).toBe(0);
  });

  it('puts what needs action first in a digest, grouped by strategy', async () => {
    const reader = await businessSignatoryOf(t, w);
    await send(t, 'put', '/api/me/notification-settings', reader, {
      email: { workflow: 'daily', comments: 'daily' },
      timeZone: 'UTC',
    }).expect(200);
    const strategy = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Text.'], 'consultation');
    const comment = await send(t, 'post', `/api/sections/${strategy.sectionIds[0]}/comments`, reader, { body: 'Frage.' }).expect(201);
    await send(t, 'post', `/api/sections/${strategy.sectionIds[0]}/comments`, w.people.coordinator, {
      body: 'Antwort.',
      parentId: comment.body.id,
    }).expect(201);
    expect(await t.app.get(NotificationMail).sendDigests(new Date('2027-03-11T07:05:00Z'))).toBeGreaterThanOrEqual(1);
    const digest = await smtp.waitFor((m) => m.rcptTo.includes(reader.email) && (m.subject ?? '').startsWith('Belong:'));
    const text = digest.text ?? '';
    expect(text.indexOf('Needs your action')).toBeGreaterThan(-1);
    expect(text.indexOf('Needs your action')).toBeLessThan(text.indexOf('For your information'));
    expect(text.indexOf('The consultation on')).toBeLessThan(text.indexOf('replied to your comment'));
  });

  it('unsubscribes in one click from the email’s header, without signing in (RFC 8058)', async () => {
    const reader = await person(t, 'Unsubscribing Reader');
    await member(t, w.leipzig, reader, 'stakeholder', { organisationId: w.organisations.ngo });
    await draftStrategy(t, w.leipzig, w.people.coordinator, ['Eins.'], 'consultation');
    const message = await smtp.waitFor((m) => m.rcptTo.includes(reader.email));
    const url = new URL(String(headerOf(message, 'List-Unsubscribe')).slice(1, -1));
    await t.http().post(url.pathname).type('form').send('List-Unsubscribe=One-Click').expect(204);
    expect((await send(t, 'get', '/api/me/notification-settings', reader).expect(200)).body.email.workflow).toBe('off');
    const before = smtp.to(reader.email).length;
    await draftStrategy(t, w.leipzig, w.people.coordinator, ['Zwei.'], 'consultation');
    expect((await kindsOf(reader)).filter((k) => k === 'strategy.consultation_opened')).toHaveLength(2);
    await settle();
    expect(smtp.to(reader.email)).toHaveLength(before);
    expectProblem(
      await t
        .http()
        .post(`/api/unsubscribe/${'B'.repeat(43)}`)
        .type('form')
        .send('List-Unsubscribe=One-Click'),
      410,
      'LINK_GONE',
    );
  });

  it('keeps settings per category and refuses what is not a setting', async () => {
    const who = w.people.observer;
    const defaults = (await send(t, 'get', '/api/me/notification-settings', who).expect(200)).body;
    expect(defaults).toEqual({
      email: { sign_off: 'immediate', proposals: 'immediate', comments: 'daily', recommendations: 'immediate', workflow: 'immediate' },
      timeZone: 'Europe/Berlin',
    });
    const changed = await send(t, 'put', '/api/me/notification-settings', who, { email: { proposals: 'off' } }).expect(200);
    expect(changed.body.email).toEqual({ ...defaults.email, proposals: 'off' });
    expect(fieldPaths(await send(t, 'put', '/api/me/notification-settings', who, { email: { proposals: 'weekly' } }))).toEqual([
      'body.email.proposals',
    ]);
    expect(fieldPaths(await send(t, 'put', '/api/me/notification-settings', who, { timeZone: 'Mars/Olympus' }))).toEqual(['body.timeZone']);
    expectProblem(await send(t, 'get', '/api/me/notification-settings'), 401, 'UNAUTHENTICATED');
  });

  it('marks notifications read, some or all', async () => {
    const list = await notificationsOf(w.people.signatory);
    expect(list.items.length).toBeGreaterThan(0);
    await send(t, 'post', '/api/notifications/read', w.people.signatory, { ids: [list.items[0].id] }).expect(204);
    expect((await notificationsOf(w.people.signatory)).items[0].readAt).not.toBeNull();
    await send(t, 'post', '/api/notifications/read', w.people.signatory, { all: true }).expect(204);
    expect((await notificationsOf(w.people.signatory, '?unread=true')).unreadCount).toBe(0);
    expect(fieldPaths(await send(t, 'post', '/api/notifications/read', w.people.signatory, { all: false }))).not.toEqual([]);
  });
});

describe('what waits on me (tasks)', () => {
  const app = worldApp();
  const tasksOf = async (who: Actor) =>
    (await send(app.t, 'get', '/api/me/tasks', who).expect(200)).body.items as Array<Record<string, string>>;

  it('lists the sections a signatory’s organisation has not decided on, until it decides', async () => {
    const strategy = await draftStrategy(app.t, app.w.leipzig, app.w.people.coordinator, ['Eins.', 'Zwei.'], 'consultation');
    const [first, second] = strategy.sectionIds as [string, string];
    expect((await tasksOf(app.w.people.signatory)).filter((task) => task.kind === 'approve_section').map((task) => task.sectionId)).toEqual(
      [first, second],
    );
    await decideOnCurrent(app.t, first, app.w.people.signatory, { decision: 'approve' });
    expect((await tasksOf(app.w.people.signatory)).map((task) => task.sectionId)).toEqual([second]);
    // Not a signatory: nothing to sign.
    expect(await tasksOf(app.w.people.stakeholder)).toEqual([]);
    expect((await tasksOf(app.w.people.signatory))[0]).toEqual(
      expect.objectContaining({
        kind: 'approve_section',
        regionId: app.w.leipzig,
        strategyId: strategy.id,
        title: 'Abschnitt 2',
        strategyTitle: 'Integrationsstrategie 2027',
      }),
    );
  });

  it('lists proposals to review for coordinators, and recommendations to answer for officials', async () => {
    const proposal = await send(app.t, 'post', `/api/regions/${app.w.leipzig}/proposals`, app.w.people.stakeholder, {
      title: 'Sprachcafé',
      problem: 'Wenig Übung.',
      proposal: 'Ein Sprachcafé.',
    }).expect(201);
    expect((await tasksOf(app.w.people.coordinator)).map((task) => [task.kind, task.proposalId])).toContainEqual([
      'review_proposal',
      proposal.body.id,
    ]);
    expect((await tasksOf(app.w.people.donegalCoordinator)).map((task) => task.kind)).not.toContain('review_proposal');
    expect((await tasksOf(app.w.people.official)).map((task) => task.kind)).not.toContain('answer_recommendation');
  });
});
