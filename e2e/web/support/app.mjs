/* global document */
import assert from 'node:assert/strict';
import { baseUrl, expectAccessible } from './browser.mjs';

export const demoPassword = 'belong-demo-2026';
export const admin = { email: process.env.BELONG_ADMIN_EMAIL, password: process.env.BELONG_ADMIN_PASSWORD };

/** Addresses no other run or journey uses. */
export function uniqueEmail(prefix) {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@e2e.belong.test`;
}

async function api(path, { token, method = 'GET', body } = {}) {
  const response = await fetch(`${baseUrl}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json().catch(() => undefined);
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** Test setup through the API, as an integration would do it: an administrator creates an account. */
export async function createUserAsAdmin({ email, name }) {
  const { token } = await api('/auth/login', { method: 'POST', body: admin });
  return api('/users', { token, method: 'POST', body: { email, name, password: 'a-long-e2e-passphrase' } });
}

export async function regionIdOf(code) {
  const { items } = await api('/regions');
  const region = items.find((r) => r.code === code);
  assert.ok(region, `region ${code} exists`);
  return region.id;
}

/**
 * Signs in through the form. The interface then takes the account's language; with `english: true` the
 * journey switches it to English with the header's switch (as a person would).
 */
export async function signIn(page, email, { password = demoPassword, english = true } = {}) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.locator('#sign-in-email').fill(email);
  await page.locator('#sign-in-password').fill(password);
  await page.locator('#main form button[type=submit]').click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
  const me = await (await page.request.get(`${baseUrl}/api/auth/me`)).json();
  if (me.locale === 'en' || me.locale === 'de') await page.locator(`html[lang="${me.locale}"]`).waitFor({ state: 'attached' });
  if (english && me.locale !== 'en') {
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
  }
  await expectAccessible(page, 'the page after signing in');
  return me;
}

/** Waits for the page whose h1 is `name` and checks it with axe: every page a journey lands on is checked. */
export async function onPage(page, name) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await expectAccessible(page, `the page "${name}"`);
}

/** The element that has the focus, by its class (or its tag when it has none). */
export function focusedElement(page) {
  return page.evaluate(() => document.activeElement?.className || document.activeElement?.tagName);
}

export async function expectNoHorizontalScroll(page, where) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(scrollWidth <= clientWidth, `${where} scrolls sideways: ${scrollWidth}px of content in ${clientWidth}px`);
}
