import { expectAccessible } from './browser.mjs';
import { api, apiToken, regionIdOf } from './app.mjs';

/** A fresh strategy in consultation with one section, made through the API as the demo coordinator. */
export async function strategyInConsultation(title) {
  const token = await apiToken('coordinator@demo.belong.eu');
  const regionId = await regionIdOf('leipzig');
  const strategy = await api(`/regions/${regionId}/strategies`, { token, method: 'POST', body: { title, language: 'en' } });
  const section = await api(`/strategies/${strategy.id}/sections`, {
    token,
    method: 'POST',
    body: { heading: 'Language courses', theme: 'language_learning', body: 'Evening classes are open to everyone in the region.' },
  });
  await api(`/strategies/${strategy.id}/transitions`, { token, method: 'POST', body: { to: 'consultation' } });
  return { strategy, section, token };
}

/** A proposal on the strategy, "Courses on Saturdays", sent through the API by the demo NGO. */
export async function proposalOfTheNgo(strategy) {
  return api(`/regions/${strategy.regionId}/proposals`, {
    token: await apiToken('ngo@demo.belong.eu'),
    method: 'POST',
    body: {
      title: 'Courses on Saturdays',
      problem: 'Shift workers miss them.',
      proposal: 'Add Saturday courses.',
      strategyId: strategy.id,
    },
  });
}

/**
 * A strategy submitted to the regional authority with one recommendation (from an accepted proposal of the
 * NGO) waiting for the authority's answer, all made through the API.
 */
export async function submittedWithRecommendation(title, recommendationTitle) {
  const { strategy, section, token } = await strategyInConsultation(title);
  const proposal = await proposalOfTheNgo(strategy);
  for (const body of [{ to: 'under_review' }, { to: 'accepted', answer: 'Agreed.' }]) {
    await api(`/proposals/${proposal.id}/transitions`, { token, method: 'POST', body });
  }
  const recommendation = await api(`/strategies/${strategy.id}/recommendations`, {
    token,
    method: 'POST',
    body: { title: recommendationTitle, body: 'The region offers courses on Saturdays.', proposalIds: [proposal.id] },
  });
  await approveAsDemoSignatories(section.id);
  for (const to of ['consolidation', 'submitted']) {
    await api(`/strategies/${strategy.id}/transitions`, { token, method: 'POST', body: { to } });
  }
  return { strategy, section, recommendation, token };
}

/** The demo NGO and business approve the section as it is now, on the revision they read (If-Match). */
export async function approveAsDemoSignatories(sectionId) {
  for (const email of ['ngo@demo.belong.eu', 'business@demo.belong.eu']) {
    const token = await apiToken(email);
    const { revision } = await api(`/sections/${sectionId}`, { token });
    await api(`/sections/${sectionId}/approvals`, {
      token,
      method: 'POST',
      body: { decision: 'approve' },
      headers: { 'If-Match': `"${revision}"` },
    });
  }
}

/** Moves the strategy on with the workflow's button; the confirmation (checked with axe) may show more first. */
export async function moveStrategy(page, step, { expectInDialog = [] } = {}) {
  await page.getByRole('region', { name: 'Stage of the strategy' }).getByRole('button', { name: step }).click();
  const dialog = page.getByRole('dialog', { name: step });
  await dialog.waitFor();
  for (const text of expectInDialog) await dialog.getByText(text).first().waitFor();
  await expectAccessible(page, `the confirmation "${step}"`);
  await dialog.getByRole('button', { name: step }).click();
  await dialog.waitFor({ state: 'hidden' });
}
