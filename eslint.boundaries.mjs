import { readdirSync } from 'node:fs';

/**
 * The house's boundaries. Each API module owns its tables: no other code imports its entities or its
 * repository (it asks the module's service). Infrastructure knows no module. The web app imports one way:
 * shared building blocks → features → app.
 */
const apiModules = readdirSync(new URL('./apps/api/src/modules', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
export const boundaries = [
  ...apiModules.map((name) => ({
    target: ['./apps/api/src/modules/!(' + name + ')/**/*', './apps/api/src/!(modules)/**/*', './apps/api/src/*.ts'],
    from: [`./apps/api/src/modules/${name}/**/*.entity.ts`, `./apps/api/src/modules/${name}/**/*.repository.ts`],
    message: `The ${name} module owns its tables: use its service, not its entities or repository.`,
  })),
  {
    target: './apps/api/src/infra/**/*',
    from: './apps/api/src/modules/**/*',
    message: 'Infrastructure serves every module and knows none of them.',
  },
  {
    target: ['./apps/web/src/components/**/*', './apps/web/src/lib/**/*'],
    from: ['./apps/web/src/features/**/*', './apps/web/src/app/**/*'],
    message: 'Shared building blocks do not know the features or the app that use them.',
  },
  {
    target: './apps/web/src/features/**/*',
    from: './apps/web/src/app/**/*',
    message: 'Features do not know the app that composes them.',
  },
];
