/** Every test of `npm test`: unit, integration on a real PostgreSQL, API end-to-end. */
const transform = { '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] };
/**
 * The Markdown parser and writer of the exports (micromark, mdast) and their helpers are ES modules only: Node
 * >= 20.19 requires them from the API's CommonJS, jest does not, so ts-jest compiles them like our own code.
 */
const esmOnly = [
  ...['micromark', 'mdast-util', 'unist-util', 'decode-named-character-reference', 'character-entities', 'devlop'],
  ...['longest-streak', 'zwitch', 'ccount', 'markdown-table', 'escape-string-regexp'],
];
const transformIgnorePatterns = [`/node_modules/(?!(${esmOnly.join('|')})[^/]*/)`];
const moduleNameMapper = {
  '^@belong/contracts$': '<rootDir>/libs/contracts/src/index.ts',
  '^@belong/domain$': '<rootDir>/libs/domain/src/index.ts',
  '^@belong/i18n$': '<rootDir>/libs/i18n/src/index.ts',
  '^@belong/i18n/languages$': '<rootDir>/libs/i18n/src/languages.ts',
  '^@belong/migrations$': '<rootDir>/migrations/index.ts',
};
const common = { rootDir: __dirname, transform, transformIgnorePatterns, moduleNameMapper, testEnvironment: 'node' };

module.exports = {
  globalSetup: '<rootDir>/apps/api/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/apps/api/test/support/global-teardown.ts',
  maxWorkers: 2,
  // Real servers and real password hashing on small, noisy machines: give each test room.
  testTimeout: 60_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/src/**/*.spec.ts', '<rootDir>/apps/api/src/**/*.spec.ts', '<rootDir>/apps/web/src/**/*.spec.ts'],
    },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/apps/api/test/**/*.int-spec.ts'] },
    {
      ...common,
      displayName: 'e2e-api',
      testMatch: ['<rootDir>/e2e/api/**/*.e2e-spec.ts'],
      // Checks every response of the suite against the OpenAPI document.
      setupFilesAfterEnv: ['<rootDir>/e2e/api/openapi-conformance.setup.ts'],
    },
  ],
};
