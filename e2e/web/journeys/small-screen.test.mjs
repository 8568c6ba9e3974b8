import { baseUrl, expectAccessible, journey } from '../support/browser.mjs';
import { admin, chooseLanguage, expectNoHorizontalScroll, onPage, regionIdOf, signIn } from '../support/app.mjs';

journey(
  'at 320 px wide no page scrolls sideways',
  async (page) => {
    await page.goto(`${baseUrl}/sign-in`);
    await onPage(page, 'Sign in');
    await expectNoHorizontalScroll(page, 'the sign-in page');

    await page.goto(`${baseUrl}/regions`);
    await page.getByRole('link', { name: 'Leipzig' }).waitFor();
    await expectNoHorizontalScroll(page, 'the regions page');
    await expectAccessible(page, 'the regions page at 320 px');

    await signIn(page, admin.email, { password: admin.password });
    await expectNoHorizontalScroll(page, 'the home page');
    await page.goto(`${baseUrl}/regions/${await regionIdOf('leipzig')}`);
    await page.getByRole('table', { name: 'Members of the region' }).getByText('observer@demo.belong.eu').waitFor();
    await page.getByRole('button', { name: 'Add an organisation' }).click();
    await page.getByRole('button', { name: 'Add a member' }).click();
    await page.getByRole('form', { name: 'Find a person' }).waitFor();
    await expectNoHorizontalScroll(page, 'the region page with its forms open');
    await expectAccessible(page, 'the region page at 320 px');

    // German words are longer.
    await chooseLanguage(page, 'Deutsch');
    await page.getByRole('heading', { level: 2, name: 'Mitglieder' }).waitFor();
    await expectNoHorizontalScroll(page, 'the region page in German');
    await chooseLanguage(page, 'English');
    await page.getByRole('heading', { level: 2, name: 'Members' }).waitFor();
  },
  { width: 320, height: 640 },
);
