/* global getComputedStyle */
import assert from 'node:assert/strict';
import { baseUrl, expectAccessible, journey } from '../support/browser.mjs';
import { api, apiToken, createCoordinator, createMember, onPage, regionIdOf, signIn } from '../support/app.mjs';
import { message, plural } from '../support/catalogue.mjs';
import { strategyInConsultation } from '../support/strategies.mjs';

// Whole journeys in two languages far from English: every word the journey looks for is the catalogue's word
// in that language, so an English leftover on the way fails it. Arabic is written right to left.

/** The account speaks `locale` before it signs in, as if it had chosen it on an earlier visit. */
async function speaking(person, locale) {
  const token = await apiToken(person.email, person.password);
  await api('/auth/me', { token, method: 'PATCH', body: { locale } });
  return person;
}

journey('a coordinator drafts a strategy and opens the consultation in Arabic, on a page laid out right to left', async (page) => {
  const ar = (key, values) => message('ar', key, values);
  const coordinator = await speaking(await createCoordinator('leipzig', 'Layla Mansour'), 'ar');
  const title = `استراتيجية الاندماج ${Date.now()}`;
  const heading = 'دورات اللغة';

  await signIn(page, coordinator.email, { password: coordinator.password, english: false });
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  await onPage(page, ar('home.title'));
  // Mirrored: the page's main heading starts at the right edge of the page.
  const box = await page.getByRole('heading', { level: 1 }).boundingBox();
  const width = page.viewportSize().width;
  assert.ok(box.x + box.width > width / 2, 'the heading sits on the right');
  assert.equal(await page.getByRole('heading', { level: 1 }).evaluate((h) => getComputedStyle(h).textAlign), 'start');

  await page
    .getByRole('region', { name: ar('home.myRegions') })
    .getByRole('link', { name: 'Leipzig' })
    .click();
  await onPage(page, 'Leipzig');
  await page.getByRole('button', { name: ar('strategies.createTitle') }).click();
  const start = page.getByRole('form', { name: ar('strategies.createTitle') });
  await start.getByLabel(ar('strategies.title')).fill(title);
  await start.getByLabel(ar('strategies.language')).selectOption('de');
  await expectAccessible(page, 'the strategy form in Arabic');
  await start.getByRole('button', { name: ar('strategies.create') }).click();
  await onPage(page, title);

  await page.getByRole('button', { name: ar('sections.addTitle'), exact: true }).click();
  const add = page.getByRole('form', { name: ar('sections.addTitle') });
  await add.getByLabel(ar('sections.heading')).fill(heading);
  await add.getByLabel(ar('sections.theme')).selectOption('language_learning');
  await add.getByLabel(ar('sections.body'), { exact: true }).fill('تُفتح الدورات المسائية للجميع في المنطقة.');
  await add.getByRole('button', { name: ar('sections.add') }).click();
  await add.getByRole('status').getByText(ar('sections.created', { heading })).waitFor();
  const board = page.getByRole('table', { name: ar('board.caption') });
  const row = board.locator('tbody tr', { hasText: heading });
  // Arabic has six plural forms: two organisations take the dual.
  await row.getByText(plural('ar', 'approvals.progress', 2, { approvals: 0 })).waitFor();
  await expectAccessible(page, 'the strategy with a section, in Arabic');

  const stage = page.getByRole('region', { name: ar('workflow.title') });
  await stage.getByRole('button', { name: ar('workflow.moveTo.consultation') }).click();
  const dialog = page.getByRole('dialog', { name: ar('workflow.moveTo.consultation') });
  await dialog.getByText(ar('workflow.confirm.consultation')).waitFor();
  await expectAccessible(page, 'the confirmation in Arabic');
  await dialog.getByRole('button', { name: ar('workflow.moveTo.consultation') }).click();
  await page
    .getByRole('status')
    .getByText(ar('workflow.moved', { status: ar('strategyStatus.consultation') }))
    .waitFor();
  await expectAccessible(page, 'the strategy in consultation, in Arabic');
});

journey('a signatory in Polish comments on a section and approves it for the organisation', async (page) => {
  const pl = (key, values) => message('pl', key, values);
  const { section } = await strategyInConsultation(`Strategia ${Date.now()}`);
  const adminToken = await apiToken(process.env.BELONG_ADMIN_EMAIL, process.env.BELONG_ADMIN_PASSWORD);
  const { items: organisations } = await api(`/regions/${await regionIdOf('leipzig')}/organisations`, { token: adminToken });
  const ngo = organisations.find((o) => o.name === 'Willkommen in Leipzig e.V.');
  const signatory = await speaking(
    await createMember('leipzig', 'Zofia Nowak', { role: 'stakeholder', organisationId: ngo.id, signatory: true }),
    'pl',
  );

  await signIn(page, signatory.email, { password: signatory.password, english: false });
  await onPage(page, pl('home.title'));
  await page.goto(`${baseUrl}/sections/${section.id}`);
  await onPage(page, 'Language courses');
  assert.equal(await page.locator('html').getAttribute('lang'), 'pl');

  const comment = page.getByRole('form', { name: pl('comments.formTitle') });
  await comment.getByLabel(pl('comments.body'), { exact: true }).fill('Czy kursy obejmują też osoby czekające na decyzję azylową?');
  await comment.getByRole('button', { name: pl('comments.post') }).click();
  await comment.getByRole('status').getByText(pl('comments.posted')).waitFor();
  await page.getByRole('article', { name: pl('comments.by', { name: 'Zofia Nowak' }) }).waitFor();
  await expectAccessible(page, 'the section with a comment, in Polish');

  const decision = page.getByRole('form', { name: pl('approvals.formTitle') });
  await decision.getByLabel(pl('approvals.choices.approve')).check();
  await decision.getByRole('button', { name: pl('approvals.submit') }).click();
  await decision
    .getByRole('status')
    .getByText(pl('approvals.approvedStatus', { revision: 1 }))
    .waitFor();
  // Polish says "2 organizacji" in the form for few: one of two organisations has approved.
  await page
    .getByRole('region', { name: pl('approvals.title'), exact: true })
    .locator('.approval-summary')
    .getByText(plural('pl', 'approvals.progress', 2, { approvals: 1 }))
    .waitFor();
  await expectAccessible(page, 'the approved section, in Polish');
});
