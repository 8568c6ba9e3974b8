/* global document, NodeFilter */
import assert from 'node:assert/strict';
import { baseUrl, expectAccessible } from './browser.mjs';

export const demoPassword = 'belong-demo-2026';
export const admin = { email: process.env.BELONG_ADMIN_EMAIL, password: process.env.BELONG_ADMIN_PASSWORD };

/** Addresses no other run or journey uses. */
export function uniqueEmail(prefix) {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@e2e.belong.test`;
}

/** Calls the API as a script would, with a bearer token; fails the journey on an error answer. */
export async function api(path, { token, method = 'GET', body, headers = {} } = {}) {
  const response = await fetch(`${baseUrl}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json().catch(() => undefined);
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** The password of the accounts that journeys create. */
export const createdPassword = 'a-long-e2e-passphrase';

/** A bearer token for scripted setup (and for a second person acting in between). */
export async function apiToken(email, password = demoPassword) {
  const { token } = await api('/auth/login', { method: 'POST', body: { email, password } });
  return token;
}

/** Test setup through the API, as an integration would do it: an administrator creates an account. */
export async function createUserAsAdmin({ email, name }) {
  const token = await apiToken(admin.email, admin.password);
  return api('/users', { token, method: 'POST', body: { email, name, password: createdPassword } });
}

/**
 * A new member of the region (`membership` is the role and its details, as the members route takes them),
 * so that a journey may change its account (its language, its membership) without changing the demo
 * accounts that other journeys expect as they are.
 */
export async function createMember(regionCode, name, membership) {
  const user = await createUserAsAdmin({ email: uniqueEmail(membership.role), name });
  const token = await apiToken(admin.email, admin.password);
  await api(`/regions/${await regionIdOf(regionCode)}/members`, { token, method: 'POST', body: { userId: user.id, ...membership } });
  return { ...user, password: createdPassword };
}

export function createCoordinator(regionCode, name) {
  return createMember(regionCode, name, { role: 'coordinator' });
}

export async function regionIdOf(code) {
  const { items } = await api('/regions');
  const region = items.find((r) => r.code === code);
  assert.ok(region, `region ${code} exists`);
  return region.id;
}

/**
 * Signs in through the form (of the server at `at`, the journeys' one unless said). The interface then takes
 * the account's language; with `english: true` the journey switches it to English with the header's switch
 * (as a person would).
 */
export async function signIn(page, email, { password = demoPassword, english = true, at = baseUrl } = {}) {
  await page.goto(`${at}/sign-in`);
  await page.locator('#sign-in-email').fill(email);
  await page.locator('#sign-in-password').fill(password);
  await page.locator('#main form button[type=submit]').click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
  const me = await (await page.request.get(`${at}/api/auth/me`)).json();
  await page.locator(`html[lang="${me.locale}"]`).waitFor({ state: 'attached' });
  if (english && me.locale !== 'en') await chooseLanguage(page, 'English');
  await expectAccessible(page, 'the page after signing in');
  return me;
}

/**
 * Picks a language from the header's language menu by its own name ("Deutsch", "العربية"), as a person would,
 * and waits until the page speaks it.
 */
export async function chooseLanguage(page, name) {
  const menu = page.locator('nav.language-menu');
  const toggle = menu.locator('.language-menu__toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await menu.getByRole('listitem').getByRole('button', { name, exact: true }).click();
  await toggle.filter({ hasText: name }).waitFor();
  const lang = await toggle.getAttribute('lang');
  await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
}

/** Signs out with the header's button, as a person would before someone else signs in on the same browser. */
export async function signOut(page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
}

/** Waits for the page whose h1 is `name` and checks it with axe: every page a journey lands on is checked. */
export async function onPage(page, name) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await expectAccessible(page, `the page "${name}"`);
}

/**
 * Waits (up to 5 s) until the focused element matches the CSS `selector` and, when given, has exactly `text`;
 * otherwise fails with `message` and says where the focus is instead.
 */
export async function expectFocus(page, selector, message, text = null) {
  try {
    await page.waitForFunction(
      ([wanted, wantedText]) => {
        const focused = document.activeElement;
        return Boolean(focused?.matches(wanted) && (wantedText === null || focused.textContent === wantedText));
      },
      [selector, text],
      { timeout: 5000 },
    );
  } catch {
    const where = await page.evaluate(() => {
      const focused = document.activeElement;
      return focused ? `<${focused.tagName.toLowerCase()} id="${focused.id}" class="${focused.className}">` : 'nothing';
    });
    assert.fail(`${message}: the focus is on ${where}`);
  }
}

export async function expectNoHorizontalScroll(page, where) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(scrollWidth <= clientWidth, `${where} scrolls sideways: ${scrollWidth}px of content in ${clientWidth}px`);
}

/**
 * Selects `words` inside `container` with the mouse, as a person would: presses before the first letter,
 * drags to the last one and lets go. Returns what the browser then reports as selected.
 */
export async function selectWithMouse(page, container, words) {
  await container.scrollIntoViewIfNeeded();
  const ends = await container.evaluate((root, wanted) => {
    const texts = [];
    let all = '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      texts.push({ node, start: all.length });
      all += node.data;
    }
    const at = all.indexOf(wanted);
    if (at === -1) return null;
    const box = (offset) => {
      const { node, start } = texts.findLast((t) => t.start <= offset);
      const range = document.createRange();
      range.setStart(node, offset - start);
      range.setEnd(node, offset - start + 1);
      return range.getBoundingClientRect();
    };
    const first = box(at);
    const last = box(at + wanted.length - 1);
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, words);
  assert.ok(ends, `"${words}" is in the text`);
  await page.mouse.move(ends.x1, ends.y1);
  await page.mouse.down();
  await page.mouse.move(ends.x2, ends.y2, { steps: 10 });
  await page.mouse.up();
  return page.evaluate(() => document.getSelection()?.toString());
}

/**
 * Fails unless the date field `field` is at least as wide as the browser needs to show its whole date (its
 * width when nothing constrains it: the date in the browser's format at the current text size).
 */
export async function expectWholeDateShown(field, where) {
  const { shown, needed } = await field.evaluate((input) => {
    const unconstrained = input.cloneNode();
    unconstrained.removeAttribute('id');
    unconstrained.style.cssText = 'width: max-content; min-width: 0; max-width: none; position: absolute; visibility: hidden';
    input.after(unconstrained);
    const widths = { shown: input.getBoundingClientRect().width, needed: unconstrained.getBoundingClientRect().width };
    unconstrained.remove();
    return widths;
  });
  assert.ok(shown >= needed - 0.5, `${where}: the date field is ${shown}px wide and cuts off the date, which needs ${needed}px`);
}

/** The path of the newest kept message's link to `route` sent to `to` (the host is the server's PUBLIC_URL). */
export async function linkFromOutbox(to, route) {
  const token = await apiToken(admin.email, admin.password);
  const { items } = await api('/admin/outbox?limit=50', { token });
  const pattern = new RegExp(`https?://\\S+(/${route}/[A-Za-z0-9_-]{43})`);
  const link = items.find((m) => m.to === to && pattern.test(m.text ?? ''))?.text.match(pattern);
  assert.ok(link, `a message to ${to} with a link to /${route}/ is in the outbox`);
  return link[1];
}
