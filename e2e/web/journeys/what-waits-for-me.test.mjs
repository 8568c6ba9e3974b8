import { baseUrl, expectAccessible, journey } from '../support/browser.mjs';
import { api, apiToken, createCoordinator, linkFromOutbox, onPage, regionIdOf, signIn, signOut, uniqueEmail } from '../support/app.mjs';

// The loop of issue 10: a coordinator brings an NGO in by email; the NGO is told when the consultation opens,
// approves from its home page, and sees the answer to its proposal arrive while the page is open.

journey('an invited NGO is told the consultation opened, approves from its home page, and sees its answer arrive live', async (page) => {
  const coordinator = await createCoordinator('leipzig', 'Lena Hoffmann');
  const token = await apiToken(coordinator.email, coordinator.password);
  const leipzig = await regionIdOf('leipzig');
  const title = `Integration ${Date.now()}`;
  const strategy = await api(`/regions/${leipzig}/strategies`, { token, method: 'POST', body: { title, language: 'en' } });
  const section = await api(`/strategies/${strategy.id}/sections`, {
    token,
    method: 'POST',
    body: { heading: 'Language courses', theme: 'language_learning', body: 'Evening courses for everyone.' },
  });

  // The coordinator invites the NGO's signatory by email.
  const ngoEmail = uniqueEmail('ngo');
  await signIn(page, coordinator.email, { password: coordinator.password });
  await page.goto(`${baseUrl}/regions/${leipzig}`);
  await onPage(page, 'Leipzig');
  await page.getByRole('button', { name: 'Invite people by email' }).click();
  const invite = page.getByRole('form', { name: 'Invite people by email' });
  await invite.getByLabel('Email addresses').fill(ngoEmail);
  await invite.getByLabel('Role', { exact: true }).selectOption({ label: 'Stakeholder' });
  await invite.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Willkommen in Leipzig e.V.' });
  await invite.getByLabel('Signs for the organisation').check();
  await invite.getByRole('button', { name: 'Send invitations' }).click();
  await invite.getByRole('status').getByText('1 invitation sent.').waitFor();
  await signOut(page);

  // The NGO accepts from the link in the email.
  await page.goto(`${baseUrl}${await linkFromOutbox(ngoEmail, 'invitations')}`);
  await onPage(page, 'Invitation to Leipzig');
  const accept = page.getByRole('form', { name: 'Accept the invitation' });
  await accept.getByLabel('Your name').fill('Aylin Demir');
  await accept.getByLabel('New password', { exact: true }).fill('our association 2027');
  await accept.getByRole('button', { name: 'Accept the invitation' }).click();
  await onPage(page, 'Leipzig');

  // On its home page (the demo strategy already waits for it; the new draft not yet); the consultation opens
  // meanwhile, and the page says so by itself.
  await page.getByRole('link', { name: 'Home' }).click();
  await page.getByRole('heading', { name: 'Waiting for you' }).waitFor();
  await page.getByText('Nothing new since you last looked.').waitFor();
  const task = page.getByRole('link', { name: `Decide on “Language courses” for your organisation (${title})` });
  if ((await task.count()) !== 0) throw new Error('a draft’s section was a task before the consultation opened');
  await api(`/strategies/${strategy.id}/transitions`, { token, method: 'POST', body: { to: 'consultation' } });
  await page.getByRole('link', { name: 'Notifications: 1 unread' }).waitFor();
  const news = page.getByRole('region', { name: 'New for you' });
  await news.getByRole('link', { name: `The consultation on “${title}” is open: comment, propose and sign off its sections.` }).waitFor();
  await task.waitFor();
  await expectAccessible(page, 'the home page with what waits for the NGO');

  // It approves from there.
  await task.click();
  await onPage(page, 'Language courses');
  const decision = page.getByRole('form', { name: "Your organisation's decision" });
  await decision.getByLabel('Approve the section').check();
  await decision.getByRole('button', { name: 'Send decision' }).click();
  await decision
    .getByRole('status')
    .getByText(/Your organisation has approved revision \d+\./)
    .waitFor();
  await page.getByRole('link', { name: 'Home' }).click();
  await page.getByRole('heading', { name: 'Waiting for you' }).waitFor();
  await task.waitFor({ state: 'detached' });

  // Its proposal is answered while it looks at it.
  const ngoToken = await apiToken(ngoEmail, 'our association 2027');
  const proposal = await api(`/regions/${leipzig}/proposals`, {
    token: ngoToken,
    method: 'POST',
    body: {
      title: 'Childcare during courses',
      problem: 'Parents miss the courses.',
      proposal: 'Offer childcare.',
      strategyId: strategy.id,
      sectionId: section.id,
    },
  });
  await page.goto(`${baseUrl}/proposals/${proposal.id}`);
  await onPage(page, 'Childcare during courses');
  await api(`/proposals/${proposal.id}/transitions`, { token, method: 'POST', body: { to: 'under_review' } });
  await api(`/proposals/${proposal.id}/transitions`, {
    token,
    method: 'POST',
    body: { to: 'accepted', answer: 'Agreed: childcare from the next term.' },
  });
  await page.getByRole('region', { name: "The coordinator's answer" }).getByText('Agreed: childcare from the next term.').waitFor();
  await page.getByRole('link', { name: /^Notifications: \d+ unread$/ }).click();
  await onPage(page, 'Notifications');
  await page.getByRole('link', { name: 'Your proposal “Childcare during courses” has been answered: Accepted.' }).waitFor();
  await page.getByRole('button', { name: 'Mark all as read' }).click();
  await page.getByRole('link', { name: 'Notifications: 0 unread' }).waitFor();
  await expectAccessible(page, 'the notifications, all read');
});

journey('a person chooses how Belong emails them, and stops one kind of email from the link in it', async (page) => {
  const coordinator = await createCoordinator('leipzig', 'Jens Weber');
  await signIn(page, coordinator.email, { password: coordinator.password });
  await page.getByRole('link', { name: /Signed in as/ }).click();
  await page.getByRole('link', { name: 'Email notifications' }).click();
  await onPage(page, 'Email notifications');
  const form = page.getByRole('form', { name: 'Email notifications' });
  await form.getByRole('group', { name: 'Proposals: new ones to review, and answers to yours' }).getByLabel('In the daily summary').check();
  await form.getByLabel('Your time zone').selectOption('Europe/Berlin');
  await form.getByRole('button', { name: 'Save settings' }).click();
  await page.getByRole('status').getByText('Your email settings are saved.').waitFor();
  await expectAccessible(page, 'the email settings');
  await page.reload();
  await onPage(page, 'Email notifications');
  const proposals = page.getByRole('group', { name: 'Proposals: new ones to review, and answers to yours' });
  if (!(await proposals.getByLabel('In the daily summary').isChecked())) throw new Error('the daily summary was not kept for proposals');
  await signOut(page);

  // The unsubscribe page of an email that is not known any more: told so, nothing changed.
  await page.goto(`${baseUrl}/unsubscribe/${'C'.repeat(43)}`);
  await onPage(page, 'Stop these emails');
  await page.getByRole('button', { name: 'Stop these emails' }).click();
  await page.getByRole('alert').getByText('This link was used already or has expired. Ask for a new one.').waitFor();
  await expectAccessible(page, 'the unsubscribe page with an unknown link');
});

journey('a coordinator editing a section is warned, before saving, that someone else saved it meanwhile', async (page) => {
  const coordinator = await createCoordinator('leipzig', 'Mara Schulz');
  const colleague = await createCoordinator('leipzig', 'Tom Berger');
  const token = await apiToken(colleague.email, colleague.password);
  const leipzig = await regionIdOf('leipzig');
  const strategy = await api(`/regions/${leipzig}/strategies`, {
    token,
    method: 'POST',
    body: { title: `Housing ${Date.now()}`, language: 'en' },
  });
  const section = await api(`/strategies/${strategy.id}/sections`, {
    token,
    method: 'POST',
    body: { heading: 'Housing', theme: 'housing', body: 'The city builds flats.' },
  });
  await signIn(page, coordinator.email, { password: coordinator.password });
  await page.goto(`${baseUrl}/sections/${section.id}`);
  await onPage(page, 'Housing');
  await page.getByRole('button', { name: 'Edit section' }).click();
  const edit = page.getByRole('form', { name: 'Edit section' });
  await edit.getByLabel('Text', { exact: true }).fill('The city builds flats for families.');

  await api(`/sections/${section.id}`, {
    token,
    method: 'PATCH',
    headers: { 'If-Match': '"1"' },
    body: { body: 'The city builds 500 flats.' },
  });
  await edit
    .getByText('Someone else saved this section while you were editing: it is now at revision 2, and you started from revision 1.', {
      exact: false,
    })
    .waitFor();
  await expectAccessible(page, 'the edit form warned of a save meanwhile');
});
