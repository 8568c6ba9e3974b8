import assert from 'node:assert/strict';
import { baseUrl, expectAccessible, journey } from '../support/browser.mjs';
import { api, apiToken, onPage, signIn, signOut } from '../support/app.mjs';
import { proposalOfTheNgo, strategyInConsultation, submittedWithRecommendation } from '../support/strategies.mjs';

// The traps a walk through the web app found: moves offered that then fail, moves that should not exist,
// and facts a person needs before acting that the page did not show.

const ngo = 'Willkommen in Leipzig e.V.';

function stage(page) {
  return page.getByRole('region', { name: 'Stage of the strategy' });
}

journey('adopting is the authority’s act, and a submitted strategy’s approval rule no longer changes', async (page) => {
  const title = `Submitted strategy ${Date.now()}`;
  const recommendation = 'Courses on Saturdays in every district';
  const { strategy } = await submittedWithRecommendation(title, recommendation);
  const strategyUrl = `${baseUrl}/strategies/${strategy.id}`;

  // The coordinator who submitted it is offered neither adoption nor return, nor a change to the rule.
  await signIn(page, 'coordinator@demo.belong.eu');
  await page.goto(strategyUrl);
  await onPage(page, title);
  await stage(page).getByText('The strategy has been submitted to the regional authority.').waitFor();
  assert.equal(await stage(page).getByRole('button').count(), 0, 'the coordinator has no move on a submitted strategy');
  assert.equal(await page.getByRole('button', { name: 'Change the approval rule' }).count(), 0);
  await signOut(page);

  // The official may return or adopt; adopting with a recommendation unanswered says so and offers no confirmation.
  await signIn(page, 'official@demo.belong.eu');
  await page.goto(strategyUrl);
  await onPage(page, title);
  await stage(page).getByRole('button', { name: 'Return for another round' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Change the approval rule' }).count(), 0);
  await stage(page).getByRole('button', { name: 'Adopt the strategy' }).click();
  const dialog = page.getByRole('dialog', { name: 'Adopt the strategy' });
  await dialog.getByText('The strategy cannot be adopted yet. This is what holds it back:').waitFor();
  await dialog.getByRole('link', { name: recommendation }).waitFor();
  assert.equal(await dialog.getByRole('button', { name: 'Adopt the strategy' }).count(), 0, 'nothing to confirm that would fail');
  await expectAccessible(page, 'the blocked adoption');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await stage(page).getByText('The strategy has been submitted to the regional authority.').waitFor();
});

journey('a rule the region’s organisations cannot meet is refused, with the counts shown before saving', async (page) => {
  const title = `Strategy with a strict rule ${Date.now()}`;
  const { strategy } = await strategyInConsultation(title);
  await signIn(page, 'coordinator@demo.belong.eu');
  await page.goto(`${baseUrl}/strategies/${strategy.id}`);
  await onPage(page, title);
  await page.getByRole('button', { name: 'Change the approval rule' }).click();
  const rule = page.getByRole('form', { name: 'Change the approval rule' });
  await rule.getByText(/The region has \d+ organisations\. A rule it cannot meet is refused\./).waitFor();
  await rule.getByLabel('Social partner (0 in the region)').waitFor();

  await rule.getByLabel('Minimum number of organisations').fill('50');
  await rule.getByRole('button', { name: 'Save approval rule' }).click();
  await rule
    .getByText('The region does not have the organisations this rule asks for, so no section could ever be approved under it.')
    .waitFor();
  await expectAccessible(page, 'the refused approval rule');

  await rule.getByLabel('Minimum number of organisations').fill('2');
  await rule.getByLabel('Social partner (0 in the region)').check();
  await rule.getByRole('button', { name: 'Save approval rule' }).click();
  await rule
    .getByText('The region does not have the organisations this rule asks for, so no section could ever be approved under it.')
    .waitFor();
  await page.reload();
  await onPage(page, title);
  await page.getByText('At least 2 organisations must approve each section.', { exact: true }).waitFor();
});

journey(
  'a signatory sees the decision their organisation stands by, and the coordinator sees whose approval a suggested text makes stale',
  async (page) => {
    const title = `Strategy with an approved section ${Date.now()}`;
    const { strategy, section, token } = await strategyInConsultation(title);
    const sectionUrl = `${baseUrl}/sections/${section.id}`;

    // The NGO approves; back on the page later, it reads what it decided, on which revision.
    await signIn(page, 'ngo@demo.belong.eu');
    await page.goto(sectionUrl);
    await onPage(page, 'Language courses');
    const form = page.getByRole('form', { name: "Your organisation's decision" });
    await form.getByLabel('Approve the section').check();
    await form.getByRole('button', { name: 'Send decision' }).click();
    await form.getByRole('status').getByText('Your organisation has approved revision 1.').waitFor();
    await page.reload();
    await onPage(page, 'Language courses');
    await page.getByText(/^Your organisation approved revision 1 \(Amira Haddad, .+\)\.$/).waitFor();
    await signOut(page);

    // A proposal with a new text; deciding on it, the coordinator is told the NGO's approval will lapse.
    const proposal = await api(`/regions/${strategy.regionId}/proposals`, {
      token: await apiToken('ngo@demo.belong.eu'),
      method: 'POST',
      body: {
        title: 'Courses in the morning too',
        problem: 'Evening is too late for parents.',
        proposal: 'Add morning classes.',
        strategyId: strategy.id,
        sectionId: section.id,
        suggestedText: 'Morning and evening classes are open to everyone in the region.',
      },
    });
    await api(`/proposals/${proposal.id}/transitions`, { token, method: 'POST', body: { to: 'under_review' } });
    await signIn(page, 'coordinator@demo.belong.eu');
    await page.goto(`${baseUrl}/proposals/${proposal.id}`);
    await onPage(page, 'Courses in the morning too');
    const review = page.getByRole('form', { name: 'Decide on the proposal' });
    await review.getByLabel('Accept', { exact: true }).check();
    await review.getByLabel('Answer to the proposer').fill('Agreed.');
    await review.getByLabel("Apply the suggested text as the section's next revision").check();
    await review.getByText(`Applying the text makes the approval of ${ngo} stale: it will have to decide again.`).waitFor();
    await expectAccessible(page, 'the review form naming the approval that lapses');
    await review.getByRole('button', { name: 'Send decision' }).click();
    await page.getByRole('status').getByText('The suggested text is now revision 2 of the section.', { exact: false }).waitFor();
    await signOut(page);

    // The NGO reads that its approval no longer counts.
    await signIn(page, 'ngo@demo.belong.eu');
    await page.goto(sectionUrl);
    await onPage(page, 'Language courses');
    await page.getByText('The text has changed since: this decision no longer counts. Read the new text and decide again.').waitFor();
    await page.getByRole('form', { name: "Your organisation's decision" }).getByText('on revision 2').waitFor();
  },
);

journey('a proposal leads on to the recommendation built from it and the authority’s answer; open comments count threads', async (page) => {
  const title = `Strategy answered by the authority ${Date.now()}`;
  const recommendation = 'Saturday courses in every district';
  const { strategy } = await submittedWithRecommendation(title, recommendation);
  const officialToken = await apiToken('official@demo.belong.eu');
  const { items } = await api(`/strategies/${strategy.id}/recommendations`, { token: officialToken });
  await api(`/recommendations/${items[0].id}/response`, {
    token: officialToken,
    method: 'POST',
    body: { decision: 'agreed', answer: 'From the next school year.' },
  });

  await signIn(page, 'ngo@demo.belong.eu');
  await page.goto(`${baseUrl}/strategies/${strategy.id}/proposals`);
  await onPage(page, 'Proposals');
  await page.getByRole('list', { name: "Your organisation's proposals" }).getByRole('link', { name: 'Courses on Saturdays' }).click();
  await onPage(page, 'Courses on Saturdays');
  const outcome = page.getByRole('region', { name: 'Support and outcome' });
  await outcome.getByText('No other organisation has endorsed it yet.').waitFor();
  await outcome.locator('.badge', { hasText: 'Agreed' }).waitFor();
  await outcome.getByText('From the next school year.').waitFor();
  await outcome.getByText(/Answered by .+ for the regional authority\./).waitFor();
  await outcome.getByRole('link', { name: recommendation }).click();
  await onPage(page, 'Recommendations');
  await page.getByRole('article', { name: recommendation }).waitFor();
  await signOut(page);

  // Two comments, one with a reply: the board counts two open threads, not three comments.
  const open = await strategyInConsultation(`Strategy with comments ${Date.now()}`);
  const ngoToken = await apiToken('ngo@demo.belong.eu');
  const first = await api(`/sections/${open.section.id}/comments`, { token: ngoToken, method: 'POST', body: { body: 'Who pays?' } });
  await api(`/sections/${open.section.id}/comments`, { token: ngoToken, method: 'POST', body: { body: 'And where?' } });
  await api(`/sections/${open.section.id}/comments`, {
    token: await apiToken('business@demo.belong.eu'),
    method: 'POST',
    body: { body: 'The region does.', parentId: first.id },
  });
  await signIn(page, 'business@demo.belong.eu');
  await page.goto(`${baseUrl}/strategies/${open.strategy.id}`);
  await onPage(page, open.strategy.title);
  const row = page
    .getByRole('table', { name: 'Sections of the strategy with their approval state' })
    .locator('tbody tr', { hasText: 'Language courses' });
  assert.equal((await row.locator('td').nth(4).innerText()).trim(), '2');
});

journey('a coordinator edits and deletes their own comment and recommendation while the strategy is open', async (page) => {
  const title = `Strategy being consolidated ${Date.now()}`;
  const { strategy, section, token } = await strategyInConsultation(title);
  const proposal = await proposalOfTheNgo(strategy);
  for (const body of [{ to: 'under_review' }, { to: 'accepted', answer: 'Agreed.' }]) {
    await api(`/proposals/${proposal.id}/transitions`, { token, method: 'POST', body });
  }
  await api(`/strategies/${strategy.id}/recommendations`, {
    token,
    method: 'POST',
    body: { title: 'Saturday courses', body: 'The region offers courses on Saturdays.', proposalIds: [proposal.id] },
  });

  await signIn(page, 'coordinator@demo.belong.eu');
  await page.goto(`${baseUrl}/sections/${section.id}`);
  await onPage(page, 'Language courses');
  const commentForm = page.getByRole('form', { name: 'Comment on this section' });
  await commentForm.getByLabel('Comment', { exact: true }).fill('We will ask the schools.');
  await commentForm.getByRole('button', { name: 'Post comment' }).click();
  await commentForm.getByRole('status').getByText('Your comment has been posted.').waitFor();
  const comment = page.getByRole('article', { name: /^Comment by / }).filter({ hasText: 'We will ask the schools.' });

  await comment.getByRole('button', { name: 'Edit your comment' }).click();
  const edit = page.getByRole('form', { name: 'Edit your comment' });
  await edit.getByLabel('Your comment').fill('We will ask the schools and the libraries.');
  await expectAccessible(page, 'the comment being edited');
  await edit.getByRole('button', { name: 'Save the comment' }).click();
  const edited = page.getByRole('article', { name: /^Comment by / }).filter({ hasText: 'We will ask the schools and the libraries.' });
  await edited.getByText('edited').waitFor();

  await edited.getByRole('button', { name: 'Delete your comment' }).click();
  const confirmDelete = page.getByRole('dialog', { name: 'Delete your comment?' });
  await confirmDelete.getByText('It is taken back for everyone. This cannot be undone.').waitFor();
  await expectAccessible(page, 'the confirmation to delete a comment');
  await confirmDelete.getByRole('button', { name: 'Delete your comment' }).click();
  await confirmDelete.waitFor({ state: 'hidden' });
  await page.getByRole('status').getByText('Your comment was deleted.').waitFor();
  await page.getByText('No comments yet.').waitFor();

  await page.goto(`${baseUrl}/strategies/${strategy.id}/recommendations`);
  await onPage(page, 'Recommendations');
  await page.getByRole('button', { name: 'Change the recommendation “Saturday courses”' }).click();
  const change = page.getByRole('form', { name: 'Change the recommendation' });
  await change.getByLabel('Title').fill('Saturday and Sunday courses');
  await expectAccessible(page, 'the recommendation being changed');
  await change.getByRole('button', { name: 'Save the recommendation' }).click();
  await page.getByText('The recommendation “Saturday and Sunday courses” has been saved.').waitFor();
  const card = page.getByRole('article', { name: 'Saturday and Sunday courses' });
  await card.getByRole('button', { name: 'Delete the recommendation' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete the recommendation?' });
  await confirm.getByText('“Saturday and Sunday courses” is deleted with its list of sources. The proposals and comments stay.').waitFor();
  await expectAccessible(page, 'the confirmation to delete a recommendation');
  await confirm.getByRole('button', { name: 'Delete the recommendation' }).click();
  await page.getByRole('status').getByText('The recommendation “Saturday and Sunday courses” has been deleted.').waitFor();
  assert.equal(await page.getByRole('article', { name: 'Saturday and Sunday courses' }).count(), 0);
  await expectAccessible(page, 'the recommendations after the deletion');
});
