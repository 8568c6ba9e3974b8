import assert from 'node:assert/strict';
import { baseUrl, expectAccessible, journey } from '../support/browser.mjs';
import {
  api,
  apiToken,
  chooseLanguage,
  createCoordinator,
  expectFocus,
  expectNoHorizontalScroll,
  onPage,
  regionIdOf,
  selectWithMouse,
  signIn,
  signOut,
} from '../support/app.mjs';
import { moveStrategy } from '../support/strategies.mjs';

const boardName = 'Sections of the strategy with their approval state';

async function addSection(page, { heading, theme, body }) {
  const disclosure = page.getByRole('button', { name: 'Add a section', exact: true });
  if ((await disclosure.getAttribute('aria-expanded')) !== 'true') await disclosure.click();
  const form = page.getByRole('form', { name: 'Add a section' });
  await form.getByLabel('Heading').fill(heading);
  await form.getByLabel('Theme').selectOption({ label: theme });
  await form.getByLabel('Text', { exact: true }).fill(body);
  await form.getByRole('button', { name: 'Add section' }).click();
  await form.getByRole('status').getByText(`The section “${heading}” has been added.`).waitFor();
  await page.getByRole('table', { name: boardName }).getByRole('link', { name: heading }).waitFor();
}

function approvalSection(page) {
  return page.getByRole('region', { name: 'Approval', exact: true });
}

/** A signatory approves the section with a note; the section's progress then reads `progress`. */
async function approve(page, note, progress) {
  const form = page.getByRole('form', { name: "Your organisation's decision" });
  await form.getByLabel('Approve the section').check();
  await form.getByLabel('Note (optional)').fill(note);
  await form.getByRole('button', { name: 'Send decision' }).click();
  await form
    .getByRole('status')
    .getByText(/Your organisation has approved revision \d+\./)
    .waitFor();
  await approvalSection(page).locator('.approval-summary').getByText(progress).waitFor();
}

/** Signs the person in (demo accounts need no password here) and opens the page at `url`, whose h1 is `heading`. */
async function openAs(page, { email, password }, url, heading) {
  await signIn(page, email, { password });
  await page.goto(url);
  await onPage(page, heading);
}

journey('a coordinator drafts a strategy, stakeholders comment on words and approve, an edit makes the approvals stale', async (page) => {
  const coordinator = await createCoordinator('leipzig', 'Clara Fischer');
  const title = `Welcome and language strategy ${Date.now()}`;

  // The coordinator starts a strategy from the region page.
  await signIn(page, coordinator.email, { password: coordinator.password });
  await page.getByRole('region', { name: 'Your regions' }).getByRole('link', { name: 'Leipzig' }).click();
  await onPage(page, 'Leipzig');
  const strategies = page.getByRole('table', { name: 'Strategies of the region' });
  await strategies.getByRole('link', { name: 'Leipziger Strategie für interkulturelle Integration 2027–2030' }).waitFor();
  await page.getByRole('button', { name: 'Start a strategy' }).click();
  const start = page.getByRole('form', { name: 'Start a strategy' });
  assert.equal(await start.getByLabel('Language').inputValue(), 'de', "the region's language comes first");
  await start.getByLabel('Title').fill(title);
  await start.getByLabel('Language').selectOption({ label: 'English' });
  await expectAccessible(page, 'the region page with the strategy form');
  await start.getByRole('button', { name: 'Start strategy' }).click();
  await onPage(page, title);
  assert.equal(await page.title(), `${title} – Belong`);
  await page.getByText('This strategy is a draft: only the region').waitFor();
  const strategyUrl = page.url();

  // Two sections, the first checked in the Markdown preview.
  await page.getByRole('button', { name: 'Add a section', exact: true }).click();
  const sectionForm = page.getByRole('form', { name: 'Add a section' });
  await sectionForm.getByLabel('Text', { exact: true }).fill('Courses for **everyone**\n\n<script>alert(1)</script>');
  await sectionForm.getByRole('button', { name: 'Preview' }).click();
  await sectionForm.locator('.preview strong').getByText('everyone').waitFor();
  assert.equal(await sectionForm.locator('.preview script').count(), 0, 'raw HTML is not rendered');
  await sectionForm.locator('.preview').getByText('<script>alert(1)</script>').waitFor();
  await expectAccessible(page, 'the section form with its preview');
  await addSection(page, {
    heading: 'Language courses',
    theme: 'Language learning',
    body: 'Evening classes are open to everyone in the region.\n\n- Childcare during **every** course\n- Online courses for rural areas',
  });
  await addSection(page, { heading: 'Housing', theme: 'Housing', body: 'The city builds 500 flats for newcomers by 2030.' });
  const board = page.getByRole('table', { name: boardName });
  assert.equal(await board.locator('tbody tr').count(), 2);

  // Reordering: Housing up to the top, where its button to go further up is gone; then back down.
  await board.getByRole('button', { name: 'Move “Housing” up' }).click();
  await page.getByRole('status').getByText('“Housing” is now section 1 of 2.').waitFor();
  await board.locator('tbody tr').first().getByRole('link', { name: 'Housing' }).waitFor();
  await expectFocus(page, '[id^="move-down-"]', 'the focus stays with the row');
  await board.getByRole('button', { name: 'Move “Housing” down' }).click();
  await page.getByRole('status').getByText('“Housing” is now section 2 of 2.').waitFor();
  await board.locator('tbody tr').first().getByRole('link', { name: 'Language courses' }).waitFor();

  // The approval rule: three organisations, a migrant organisation among them.
  await page.getByRole('button', { name: 'Change the approval rule' }).click();
  const rule = page.getByRole('form', { name: 'Change the approval rule' });
  await rule.getByLabel('Minimum number of organisations').fill('3');
  await rule.getByLabel('Migrant organisation').check();
  await expectAccessible(page, 'the approval rule form');
  await rule.getByRole('button', { name: 'Save approval rule' }).click();
  await rule.getByRole('status').getByText('The approval rule has been saved.').waitFor();
  await page.getByText('At least 3 organisations must approve each section. Required among them: migrant organisation.').waitFor();
  await board
    .locator('tbody tr', { hasText: 'Language courses' })
    .getByText('0 of 3 organisations, migrant organisation still missing')
    .waitFor();

  await moveStrategy(page, 'Open the consultation');
  await page.getByRole('status').getByText('The strategy is now at the stage “In consultation”.').waitFor();
  await expectFocus(page, '#workflow-title', 'the focus goes to the stage, the pressed button is gone');
  await expectAccessible(page, 'the strategy page in consultation');
  await signOut(page);

  // The NGO's signatory finds the strategy, comments on words selected in the text, and approves.
  await signIn(page, 'ngo@demo.belong.eu');
  await page.getByRole('region', { name: 'Your regions' }).getByRole('link', { name: 'Leipzig' }).click();
  await onPage(page, 'Leipzig');
  await page.getByRole('table', { name: 'Strategies of the region' }).getByRole('link', { name: title }).click();
  await onPage(page, title);
  assert.equal(await page.getByRole('button', { name: 'Add a section' }).count(), 0);
  await page.getByRole('table', { name: boardName }).getByRole('link', { name: 'Language courses' }).click();
  await onPage(page, 'Language courses');
  const sectionUrl = page.url();

  const text = page.locator('.section-text');
  assert.equal(await selectWithMouse(page, text, 'open to everyone'), 'open to everyone');
  await page.locator('.selection-tools', { hasText: 'Selected:' }).locator('q').getByText('open to everyone', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Quote the selected words' }).click();
  const commentForm = page.getByRole('form', { name: 'Comment on this section' });
  assert.equal(await commentForm.getByLabel('Quoted words (optional)').inputValue(), 'open to everyone');
  await expectFocus(page, '#comment-body', 'the focus moves on to the comment');
  await page.keyboard.type('Does this include people whose asylum claim is pending?');
  await commentForm.getByRole('button', { name: 'Post comment' }).click();
  await commentForm.getByRole('status').getByText('Your comment has been posted.').waitFor();
  const comments = page.getByRole('region', { name: /^Comments/ });
  const thread = comments.getByRole('article', { name: 'Comment by Amira Haddad' });
  await thread.locator('blockquote').getByText('open to everyone').waitFor();
  await text.locator('mark').getByText('open to everyone').waitFor();
  await expectAccessible(page, 'the section page with a comment');

  await approve(page, 'Fine, once the comment is answered.', '1 of 3 organisations, migrant organisation still missing');
  await signOut(page);

  // The business replies in the thread and approves.
  await openAs(page, { email: 'business@demo.belong.eu' }, sectionUrl, 'Language courses');
  await page.getByRole('button', { name: 'Reply to Amira Haddad' }).click();
  const reply = page.getByRole('form', { name: 'Reply to Amira Haddad' });
  await reply.getByLabel('Reply').fill('It should: our apprenticeships are open to them too.');
  await reply.getByRole('button', { name: 'Post reply' }).click();
  await reply.getByRole('status').getByText('Your reply has been posted.').waitFor();
  await page.getByRole('list', { name: 'Replies to Amira Haddad' }).getByText('our apprenticeships are open to them too').waitFor();
  await approve(page, 'Agreed.', '2 of 3 organisations, migrant organisation still missing');
  await signOut(page);

  // The migrant organisation's approval completes the rule.
  await openAs(page, { email: 'migrants@demo.belong.eu' }, sectionUrl, 'Language courses');
  await approve(page, 'Yes.', '3 of 3 organisations');
  await approvalSection(page).locator('.approval-summary').getByText('Approved').waitFor();
  await expectAccessible(page, 'the approved section');
  await signOut(page);

  // The coordinator edits the approved section: it waits for approval again, the decisions are stale.
  await openAs(page, coordinator, sectionUrl, 'Language courses');
  await approvalSection(page).locator('.approval-summary').getByText('Approved').waitFor();
  await page.getByRole('button', { name: 'Edit section' }).click();
  const edit = page.getByRole('form', { name: 'Edit section' });
  const body = edit.getByLabel('Text', { exact: true });
  await body.fill((await body.inputValue()).replace('open to everyone', 'open to all residents'));
  await expectAccessible(page, 'the section being edited');
  await edit.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('status').getByText('Saved as revision 2. Earlier approvals no longer count.').waitFor();
  await expectFocus(page, 'button', 'the focus is back on the edit button', 'Edit section');
  const summary = approvalSection(page).locator('.approval-summary');
  await summary.getByText('Awaiting approval').waitFor();
  await summary.getByText('0 of 3 organisations, migrant organisation still missing').waitFor();
  const earlier = approvalSection(page).locator('.entry--stale');
  assert.equal(await earlier.count(), 3);
  for (const organisation of ['Willkommen in Leipzig e.V.', 'Sächsische Maschinenbau GmbH', 'Migrantenbeirat Leipzig']) {
    await earlier.filter({ hasText: organisation }).getByText('Stale').waitFor();
  }
  await thread.getByText('Outdated').waitFor();
  await thread.getByText('These words are no longer in the text.').waitFor();

  // The history: the word diff between the two revisions shows what changed.
  const revisions = page.getByRole('region', { name: 'Revisions' });
  assert.equal(await revisions.getByRole('table', { name: 'Revisions of the section, newest first' }).locator('tbody tr').count(), 2);
  const diff = revisions.getByRole('region', { name: 'Changes from revision 1 to revision 2' });
  assert.deepEqual(await diff.locator('del').allTextContents(), ['[removed: everyone]']);
  assert.match((await diff.locator('ins').allTextContents()).join(' '), /\[added: all\].*\[added: residents/);
  await diff.getByText('Evening classes are open to', { exact: false }).waitFor();
  await expectAccessible(page, 'the edited section with its history');

  // Submitting is not offered while sections wait for approval: the dialog says which, with links, and has
  // nothing to confirm that would fail.
  await page.goto(strategyUrl);
  await onPage(page, title);
  await moveStrategy(page, 'Start the consolidation');
  await page.getByRole('status').getByText('The strategy is now at the stage “Consolidation”.').waitFor();
  await page
    .getByRole('region', { name: 'Stage of the strategy' })
    .getByRole('button', { name: 'Submit to the regional authority' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Submit to the regional authority' });
  await dialog.getByText('The strategy cannot be submitted yet. This is what holds it back:').waitFor();
  const refusal = dialog.getByRole('alert').filter({ hasText: 'The strategy cannot be submitted yet: 2 sections are not approved.' });
  await refusal
    .getByText(/of 3 organisations, migrant organisation still missing/)
    .first()
    .waitFor();
  assert.equal(await dialog.getByRole('button', { name: 'Submit to the regional authority' }).count(), 0);
  await expectAccessible(page, 'the blocked submission');
  await refusal.getByRole('link', { name: 'Housing' }).click();
  await onPage(page, 'Housing');
});

journey('of two coordinators editing one section, the second to save is told, sees the difference and merges', async (page) => {
  const coordinator = await createCoordinator('leipzig', 'Clara Fischer');
  const colleague = await createCoordinator('leipzig', 'Olaf Berger');
  const token = await apiToken(coordinator.email, coordinator.password);
  const leipzig = await regionIdOf('leipzig');
  const strategy = await api(`/regions/${leipzig}/strategies`, {
    token,
    method: 'POST',
    body: { title: `Health strategy ${Date.now()}`, language: 'en' },
  });
  const section = await api(`/strategies/${strategy.id}/sections`, {
    token,
    method: 'POST',
    body: {
      heading: 'Health',
      theme: 'health',
      body: 'Every newcomer gets a health check within four weeks.\n\nInterpreters are paid by the city.',
    },
  });

  await openAs(page, coordinator, `${baseUrl}/sections/${section.id}`, 'Health');
  await page.getByRole('button', { name: 'Edit section' }).click();
  const edit = page.getByRole('form', { name: 'Edit section' });
  const body = edit.getByLabel('Text', { exact: true });
  await body.fill('Every newcomer gets a health check within two weeks.\n\nInterpreters are paid by the city.');

  // Meanwhile the colleague saves another change of the same revision.
  await api(`/sections/${section.id}`, {
    token: await apiToken(colleague.email, colleague.password),
    method: 'PATCH',
    headers: { 'If-Match': '"1"' },
    body: { body: 'Every newcomer gets a health check within four weeks.\n\nInterpreters are paid by the region.' },
  });

  await edit.getByRole('button', { name: 'Save' }).click();
  const conflict = edit.locator('.conflict');
  await conflict.getByRole('alert').getByText('Someone else saved this section first').waitFor();
  await conflict.getByText(/^Olaf Berger saved revision 2 on .*, while you were editing\./).waitFor();
  await expectFocus(page, '.conflict', 'the focus moves to the conflict');
  // Screen readers hear the change in words too.
  assert.deepEqual(await conflict.locator('del').allTextContents(), ['[removed: four]', '[removed: region.]']);
  assert.deepEqual(await conflict.locator('ins').allTextContents(), ['[added: two]', '[added: city.]']);
  await expectAccessible(page, 'the edit conflict');

  await conflict.getByRole('button', { name: 'Merge both changes' }).click();
  assert.equal(await body.inputValue(), 'Every newcomer gets a health check within two weeks.\n\nInterpreters are paid by the region.');
  await expectFocus(page, '#edit-section-body', 'the focus goes back to the merged text');
  await edit.getByRole('status').getByText('Both changes are merged in the form.').waitFor();
  await edit.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('status').getByText('Saved as revision 3.').waitFor();

  // Nothing was lost: both changes are in the text, and every revision is on record.
  const text = page.locator('.section-text');
  await text.getByText('within two weeks').waitFor();
  await text.getByText('paid by the region').waitFor();
  const revisions = page.getByRole('table', { name: 'Revisions of the section, newest first' });
  assert.deepEqual(await revisions.locator('tbody tr td:nth-child(3)').allInnerTexts(), ['Clara Fischer', 'Olaf Berger', 'Clara Fischer']);
});

journey(
  'at 320 px wide the strategy and section pages do not scroll sideways, in English and German',
  async (page) => {
    const coordinator = await createCoordinator('leipzig', 'Clara Fischer');
    await openAs(page, coordinator, `${baseUrl}/regions/${await regionIdOf('leipzig')}`, 'Leipzig');
    await page.getByRole('link', { name: 'Leipziger Strategie für interkulturelle Integration 2027–2030' }).click();
    await onPage(page, 'Leipziger Strategie für interkulturelle Integration 2027–2030');
    await page.getByRole('button', { name: 'Add a section', exact: true }).click();
    await page.getByRole('button', { name: 'Change the approval rule' }).click();
    await expectNoHorizontalScroll(page, 'the strategy page');
    await expectAccessible(page, 'the strategy page at 320 px');

    await page.getByRole('link', { name: 'Sprache und Bildung' }).first().click();
    await onPage(page, 'Sprache und Bildung');
    await page.getByRole('button', { name: 'Edit section' }).click();
    await page.getByRole('button', { name: 'Preview' }).click();
    await expectNoHorizontalScroll(page, 'the section page');
    await expectAccessible(page, 'the section page at 320 px');

    await chooseLanguage(page, 'Deutsch');
    await page.getByRole('heading', { level: 2, name: 'Freigabe' }).waitFor();
    await expectNoHorizontalScroll(page, 'the section page in German');
    await page.getByRole('link', { name: 'Leipziger Strategie für interkulturelle Integration 2027–2030' }).click();
    await page.getByRole('heading', { level: 2, name: 'Abschnitte' }).waitFor();
    await expectNoHorizontalScroll(page, 'the strategy page in German');
    await expectAccessible(page, 'the strategy page in German at 320 px');
  },
  { width: 320, height: 640 },
);
