import type { Method } from './http';
import type { TestApp } from './test-app';

interface RouterLayer {
  route?: { path: unknown; methods: Record<string, boolean> };
}

/**
 * Every route the app registered with Express's router, as `{ method, path }` with `{param}` placeholders:
 * what a client can reach, whatever the OpenAPI document says.
 */
export function registeredRoutes(t: TestApp): Array<{ method: Method; path: string }> {
  const express = t.app.getHttpAdapter().getInstance() as { router: { stack: RouterLayer[] } };
  return express.router.stack.flatMap(({ route }) =>
    route && typeof route.path === 'string'
      ? Object.keys(route.methods).map((method) => ({
          method: method as Method,
          path: (route.path as string).replace(/:([A-Za-z0-9_]+)/g, '{$1}'),
        }))
      : [],
  );
}
