import assert from 'node:assert/strict';
import { baseUrl, expectAccessible, journey } from '../support/browser.mjs';
import { api, onPage, signIn, signOut } from '../support/app.mjs';
import { approveAsDemoSignatories, moveStrategy, proposalOfTheNgo, strategyInConsultation } from '../support/strategies.mjs';

const ngo = 'Willkommen in Leipzig e.V.';
const business = 'Sächsische Maschinenbau GmbH';

journey(
  'a proposal with a suggested text becomes a revision, a recommendation, an official answer and an adopted strategy',
  async (page) => {
    const title = `Strategy with proposals ${Date.now()}`;
    const { strategy, section, token } = await strategyInConsultation(title);
    const strategyUrl = `${baseUrl}/strategies/${strategy.id}`;
    const proposalTitle = 'Childcare during every course';

    // The NGO sends a proposal with a new text for the section, starting from the current one.
    await signIn(page, 'ngo@demo.belong.eu');
    await page.goto(strategyUrl);
    await onPage(page, title);
    await page.getByRole('navigation', { name: 'Work on this strategy' }).getByRole('link', { name: 'Proposals' }).click();
    await onPage(page, 'Proposals');
    await page.getByText('Your organisation has not submitted a proposal on this strategy yet.').waitFor();
    await page.getByRole('button', { name: 'Submit a proposal' }).click();
    const form = page.getByRole('form', { name: 'Submit a proposal' });
    await form.getByRole('button', { name: 'Submit proposal' }).click();
    await form.getByText('There is a problem').waitFor();
    await expectAccessible(page, 'the proposal form with errors');
    await form.getByLabel('Title').fill(proposalTitle);
    await form.getByLabel('The problem').fill('Parents, mostly mothers, cannot attend the evening classes.');
    await form.getByLabel('The proposal').fill('Offer childcare during every language course.');
    await form.getByLabel('Section it concerns (optional)').selectOption({ label: '1. Language courses' });
    await form.getByRole('button', { name: 'Start from the current text of “Language courses”' }).click();
    const suggested = form.getByLabel('Suggested new text for the section (optional)');
    assert.equal(await suggested.inputValue(), 'Evening classes are open to everyone in the region.');
    await suggested.fill('Evening classes are open to everyone in the region, with childcare during every course.');
    await form.getByLabel('Expected impact (optional)').fill('Twice as many mothers in the courses.');
    await form.getByLabel('Target groups (optional)').fill('parents, women');
    await expectAccessible(page, 'the filled proposal form');
    await form.getByRole('button', { name: 'Submit proposal' }).click();
    await onPage(page, proposalTitle);
    const proposalUrl = page.url();
    await page.locator('.facts .badge', { hasText: 'Submitted' }).waitFor();
    await page.getByRole('list').getByText('women').waitFor();
    // What the text would change, marked for everyone (not by colour alone).
    await page.locator('.word-diff ins').getByText('with childcare during every course').waitFor();
    await signOut(page);

    // A business endorses it; the NGO could not (it is its own).
    await signIn(page, 'business@demo.belong.eu');
    await page.goto(proposalUrl);
    await onPage(page, proposalTitle);
    await page.getByRole('button', { name: 'Endorse for your organisation' }).click();
    await page.getByRole('status').getByText('Your organisation endorses this proposal.').waitFor();
    await page.getByText('1 endorsement').first().waitFor();
    // Endorsed once, it is not offered again; the proposal names who endorses it.
    await page.getByRole('region', { name: 'Support and outcome' }).getByRole('listitem').filter({ hasText: business }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Endorse for your organisation' }).count(), 0);
    await expectAccessible(page, 'the endorsed proposal');
    await signOut(page);

    // The coordinator finds it on the review board, takes it under review, accepts it and applies the text.
    await signIn(page, 'coordinator@demo.belong.eu');
    await page.goto(`${strategyUrl}/proposals`);
    await onPage(page, 'Proposals');
    const board = page.getByRole('region', { name: 'Review board' });
    await board.getByRole('region', { name: 'New' }).getByRole('link', { name: proposalTitle }).click();
    await onPage(page, proposalTitle);
    await page.getByRole('button', { name: 'Take under review' }).click();
    await page.getByRole('status').getByText('The proposal is now under review.').waitFor();
    const review = page.getByRole('form', { name: 'Decide on the proposal' });
    await review.getByLabel('Accept', { exact: true }).check();
    await review.getByRole('button', { name: 'Send decision' }).click();
    await review.getByText('Answer to the proposer: This field is required.').waitFor();
    await review.getByLabel('Answer to the proposer').fill('Agreed: childcare is now part of every course.');
    await review.getByLabel("Apply the suggested text as the section's next revision").check();
    // Before confirming, the coordinator sees whose approvals the new text would make stale (none yet here).
    await review.getByText('No organisation has approved the current text yet: no approval becomes stale.').waitFor();
    await expectAccessible(page, 'the review form');
    await review.getByRole('button', { name: 'Send decision' }).click();
    await page
      .getByRole('status')
      .getByText('The proposal is now “Accepted”. The suggested text is now revision 2 of the section.')
      .waitFor();
    await page.getByRole('region', { name: "The coordinator's answer" }).getByText('childcare is now part of every course').waitFor();
    await expectAccessible(page, 'the accepted proposal');

    // The section is at revision 2, credited to the NGO.
    await page.goto(`${baseUrl}/sections/${section.id}`);
    await onPage(page, 'Language courses');
    await page.getByRole('heading', { name: 'Text (revision 2)' }).waitFor();
    const revisions = page.getByRole('table', { name: 'Revisions of the section, newest first' });
    await revisions.locator('tbody tr').first().getByText(`credited to ${ngo}`).waitFor();

    // A recommendation from the accepted proposal, with its source.
    await page.goto(`${strategyUrl}/recommendations`);
    await onPage(page, 'Recommendations');
    await page.getByRole('button', { name: 'Build a recommendation' }).click();
    const build = page.getByRole('form', { name: 'Build a recommendation' });
    await build.getByLabel('Title').fill('Childcare in every language course');
    await build.getByLabel('Recommendation', { exact: true }).fill('The region funds childcare in **every** language course.');
    await build.getByRole('button', { name: 'Add recommendation' }).click();
    await build.getByText('Sources: Choose at least one proposal or comment it comes from.').waitFor();
    await build.getByLabel(proposalTitle).check();
    await expectAccessible(page, 'the recommendation form');
    await build.getByRole('button', { name: 'Add recommendation' }).click();
    await build.getByRole('status').getByText('The recommendation “Childcare in every language course” has been added.').waitFor();
    const card = page.getByRole('article', { name: 'Childcare in every language course' });
    await card.getByRole('link', { name: proposalTitle }).waitFor();
    await card.getByText(`${ngo}, Non-governmental organisation`).waitFor();
    await expectAccessible(page, 'the recommendations');

    // The signatories approve revision 2 (through the API, to keep the journey short); then the coordinator submits.
    await approveAsDemoSignatories(section.id);
    await api(`/strategies/${strategy.id}/transitions`, { token, method: 'POST', body: { to: 'consolidation' } });
    await page.goto(strategyUrl);
    await onPage(page, title);
    await moveStrategy(page, 'Submit to the regional authority', {
      expectInDialog: ['1. Language courses', 'revision 2', 'Approved', 'Childcare in every language course'],
    });
    await page.getByRole('status').getByText('The strategy is now at the stage “Submitted”.').waitFor();
    const versions = page.getByRole('table', { name: 'Submitted versions of the strategy, newest first' });
    await versions.locator('tbody tr').first().locator('code').waitFor();
    await expectAccessible(page, 'the submitted strategy');
    await signOut(page);

    // The official answers the recommendation from the review queue, then adopts the strategy.
    await signIn(page, 'official@demo.belong.eu');
    await page.goto(`${strategyUrl}/recommendations`);
    await onPage(page, 'Recommendations');
    await page.getByRole('heading', { name: 'Your review queue: 1 recommendation waits for an answer' }).waitFor();
    await page.getByRole('button', { name: 'Answer “Childcare in every language course”' }).click();
    const answer = page.getByRole('form', { name: 'Answer to “Childcare in every language course”' });
    await answer.getByLabel('Agreed', { exact: true }).check();
    await answer.getByLabel('Reasons').fill('Funded from the integration budget from 2027.');
    await answer.getByLabel('Responsible department (optional)').fill('Office for Migration and Integration');
    await answer.getByLabel('Due date (optional)').fill('2027-06-30');
    await expectAccessible(page, 'the answer form');
    await answer.getByRole('button', { name: 'Send answer' }).click();
    await answer.getByRole('status').getByText('Your answer to “Childcare in every language course” has been recorded.').waitFor();
    const answered = page.getByRole('article', { name: 'Childcare in every language course' });
    await answered.getByText('Funded from the integration budget from 2027.').first().waitFor();
    await answered.getByText('30 June 2027').waitFor();
    await page.goto(strategyUrl);
    await onPage(page, title);
    await moveStrategy(page, 'Adopt the strategy');
    await page.getByRole('status').getByText('The strategy is now at the stage “Adopted”.').waitFor();
    await expectAccessible(page, 'the adopted strategy');
    await signOut(page);

    // The NGO sees the coordinator's answer with its proposal, and the authority's answer to the recommendation.
    await signIn(page, 'ngo@demo.belong.eu');
    await page.goto(`${strategyUrl}/proposals`);
    await onPage(page, 'Proposals');
    const mine = page.getByRole('list', { name: "Your organisation's proposals" });
    await mine.locator('.badge', { hasText: 'Accepted' }).waitFor();
    await mine.getByText('Agreed: childcare is now part of every course.').waitFor();
    await mine.getByRole('link', { name: proposalTitle }).click();
    await onPage(page, proposalTitle);
    await page
      .getByRole('region', { name: "The coordinator's answer" })
      .getByText('Agreed: childcare is now part of every course.')
      .waitFor();
    await page.goto(`${strategyUrl}/recommendations`);
    await onPage(page, 'Recommendations');
    await page.getByRole('article', { name: 'Childcare in every language course' }).locator('.badge', { hasText: 'Agreed' }).waitFor();
  },
);

journey('an official returns a submitted strategy with a note; a stakeholder withdraws a proposal before it is decided', async (page) => {
  const title = `Strategy to return ${Date.now()}`;
  const { strategy, section, token } = await strategyInConsultation(title);
  const proposal = await proposalOfTheNgo(strategy);
  await signIn(page, 'ngo@demo.belong.eu');
  await page.goto(`${baseUrl}/proposals/${proposal.id}`);
  await onPage(page, 'Courses on Saturdays');
  await page.getByRole('button', { name: 'Withdraw proposal' }).click();
  const dialog = page.getByRole('dialog', { name: 'Withdraw the proposal?' });
  await expectAccessible(page, 'the withdraw confirmation');
  await dialog.getByRole('button', { name: 'Withdraw proposal' }).click();
  await page.getByRole('status').getByText('The proposal has been withdrawn.').waitFor();
  await page.locator('.facts .badge', { hasText: 'Withdrawn' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Withdraw proposal' }).count(), 0);
  await signOut(page);

  await approveAsDemoSignatories(section.id);
  for (const to of ['consolidation', 'submitted']) {
    await api(`/strategies/${strategy.id}/transitions`, { token, method: 'POST', body: { to } });
  }

  await signIn(page, 'official@demo.belong.eu');
  await page.goto(`${baseUrl}/strategies/${strategy.id}`);
  await onPage(page, title);
  await page.getByRole('region', { name: 'Stage of the strategy' }).getByRole('button', { name: 'Return for another round' }).click();
  const returning = page.getByRole('dialog', { name: 'Return for another round' });
  await returning.getByRole('button', { name: 'Return for another round' }).click();
  await returning.getByText('This field is required.').waitFor();
  await returning.getByLabel('Note for the region').fill('Say how the courses reach rural areas.');
  await expectAccessible(page, 'the return confirmation with its note');
  await returning.getByRole('button', { name: 'Return for another round' }).click();
  await returning.waitFor({ state: 'hidden' });
  await page.getByRole('status').getByText('The strategy is now at the stage “Returned”.').waitFor();
  await page.locator('.facts__note').getByText('Say how the courses reach rural areas.').waitFor();
  await expectAccessible(page, 'the returned strategy');
});
