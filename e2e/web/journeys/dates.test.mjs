import assert from 'node:assert/strict';
import { baseUrl, expectAccessible, journey } from '../support/browser.mjs';
import { chooseLanguage, createMember, expectNoHorizontalScroll, expectWholeDateShown, onPage, signIn } from '../support/app.mjs';
import { submittedWithRecommendation } from '../support/strategies.mjs';

/** A date and time as en-GB writes it: "2 Dec 2026, 14:05" (not "Dec 2, 2026, 2:05 PM"). */
const britishDateTime = /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) \d{4}, \d{2}:\d{2}\b/;

journey('an official answers with a due date: the field shows the whole date at any width, and English dates read en-GB', async (page) => {
  const title = `Strategy with a due date ${Date.now()}`;
  const recommendationTitle = 'Courses on Saturdays';
  const { strategy } = await submittedWithRecommendation(title, recommendationTitle);
  // An official of their own, so that switching the language changes no demo account.
  const official = await createMember('leipzig', 'Greta Amt', { role: 'official', department: 'Office for Integration' });

  await signIn(page, official.email, { password: official.password });
  await page.goto(`${baseUrl}/strategies/${strategy.id}/recommendations`);
  await onPage(page, 'Recommendations');
  await page.getByRole('button', { name: `Answer “${recommendationTitle}”` }).click();
  const form = page.getByRole('form', { name: `Answer to “${recommendationTitle}”` });
  const dueDate = form.getByLabel('Due date (optional)');
  await dueDate.fill('2027-06-30');
  await expectWholeDateShown(dueDate, 'at 1280 px');

  // 320 px is what 400 % zoom leaves of 1280 px (WCAG reflow).
  await page.setViewportSize({ width: 320, height: 800 });
  await expectWholeDateShown(dueDate, 'at 320 px');
  await expectNoHorizontalScroll(page, 'the answer form at 320 px');
  await chooseLanguage(page, 'Deutsch');
  const dueDateInGerman = page.getByRole('form', { name: `Antwort auf „${recommendationTitle}“` }).getByLabel('Frist (optional)');
  await expectWholeDateShown(dueDateInGerman, 'in German at 320 px');
  await expectNoHorizontalScroll(page, 'the answer form in German at 320 px');
  await chooseLanguage(page, 'English');
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectWholeDateShown(dueDate, 'back at 1280 px');
  await expectAccessible(page, 'the answer form with a due date');

  await form.getByLabel('Agreed', { exact: true }).check();
  await form.getByLabel('Reasons').fill('From the autumn term.');
  await form.getByRole('button', { name: 'Send answer' }).click();
  await form.getByRole('status').getByText(`Your answer to “${recommendationTitle}” has been recorded.`).waitFor();
  const card = page.getByRole('article', { name: recommendationTitle });
  const due = card.locator('.answer dt', { hasText: 'Due date' }).locator('xpath=following-sibling::dd');
  assert.equal(await due.innerText(), '30 June 2027', 'a calendar date reads day, month, year');
  const answeredBy = card.locator('.answer dt', { hasText: 'Answered by' }).locator('xpath=following-sibling::dd');
  assert.match(await answeredBy.innerText(), britishDateTime, 'the moment of the answer reads en-GB');
  await expectAccessible(page, 'the answered recommendation');

  await chooseLanguage(page, 'Deutsch');
  await card.getByText('30. Juni 2027').waitFor();
  await chooseLanguage(page, 'English');
  await card.getByText('30 June 2027').waitFor();
});
