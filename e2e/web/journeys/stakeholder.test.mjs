import assert from 'node:assert/strict';
import { baseUrl, expectAccessible, journey } from '../support/browser.mjs';
import { onPage, regionIdOf, signIn } from '../support/app.mjs';

journey("a stakeholder sees the region's organisations but no forms to change them", async (page) => {
  await signIn(page, 'ngo@demo.belong.eu');
  await page.getByRole('region', { name: 'Your regions' }).getByRole('link', { name: 'Leipzig' }).click();
  await onPage(page, 'Leipzig');
  const organisations = page.getByRole('table', { name: 'Organisations of the region' });
  for (const name of ['Willkommen in Leipzig e.V.', 'Sächsische Maschinenbau GmbH', 'Migrantenbeirat Leipzig']) {
    await organisations.getByText(name).waitFor();
  }
  assert.equal(await page.getByRole('button', { name: 'Add an organisation' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Add a member' }).count(), 0);
  assert.equal(await page.getByRole('heading', { name: 'Members' }).count(), 0);
  await expectAccessible(page, 'the region page of a stakeholder');
});

journey("a member of one region reads another region's page without an error box, and unknown addresses say so", async (page) => {
  await signIn(page, 'ngo@demo.belong.eu');
  await page.goto(`${baseUrl}/regions/${await regionIdOf('donegal')}`);
  await onPage(page, 'Donegal / Dún na nGall');
  // The region's shared work is there; what is its members' own is not asked for, so nothing is refused.
  await page.getByRole('heading', { name: 'Strategies' }).waitFor();
  await page.getByText('Donegal County Council').first().waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  assert.equal(await page.getByRole('heading', { name: 'Organisations' }).count(), 0);
  await expectAccessible(page, 'a region page the person is not a member of');

  await page.goto(`${baseUrl}/regions/not-a-region`);
  await onPage(page, 'Region not available');
  await page.getByRole('alert').getByText('There is no region at this address.').waitFor();
  await page.goto(`${baseUrl}/no/such/page`);
  await onPage(page, 'Page not found');
});
