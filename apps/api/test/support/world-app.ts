import type { AppConfig } from '../../src/infra/config/config';
import { world, type World } from './fixtures';
import { createTestApp, type TestApp } from './test-app';

/**
 * The app with the fixtures' world (Leipzig with every role, Donegal, an outsider), made before a describe's
 * tests and closed after them. Read `t` and `w` inside the tests: they exist once `beforeAll` ran.
 */
export function worldApp(overrides: Partial<AppConfig> = {}): { readonly t: TestApp; readonly w: World } {
  const made = {} as { t: TestApp; w: World };
  beforeAll(async () => {
    made.t = await createTestApp(overrides);
    made.w = await world(made.t);
  });
  afterAll(() => made.t.close());
  return made;
}
