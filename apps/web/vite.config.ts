import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Alias } from 'vite';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** Lighter modules for the built app, which behave the same. */
const productionAliases: Alias[] = [
  // React Router publishes only its development build (with its warnings) under its package exports, for now
  // (remix-run/react-router#12532); its production build sits beside it.
  { find: /^react-router$/, replacement: path('../../node_modules/react-router/dist/production/index.mjs') },
  // The shim is for React before 18 (react-i18next imports it); the package's main module is React's own hook.
  { find: /^use-sync-external-store\/shim$/, replacement: 'use-sync-external-store' },
];

export default defineConfig(({ command }) => ({
  plugins: [react()],
  resolve: {
    alias: [
      ...(command === 'build' ? productionAliases : []),
      { find: /^@belong\/contracts$/, replacement: path('../../libs/contracts/src/index.ts') },
      { find: /^@belong\/domain$/, replacement: path('../../libs/domain/src/index.ts') },
      { find: /^@belong\/i18n\/languages$/, replacement: path('../../libs/i18n/src/languages.ts') },
      { find: /^@belong\/i18n$/, replacement: path('../../libs/i18n/src/index.ts') },
    ],
  },
  // The messages are read whole (`default`): one JSON.parse of a string, which browsers parse faster than an object
  // literal, and no export per top-level key.
  json: { namedExports: false },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Says which chunks the entry imports, for scripts/bundle-budget.mjs.
    manifest: true,
    // Every browser of the build target preloads modules itself (Baseline since 2023).
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The contracts declare schemas and constants and do nothing else on import: a module that needs one of them
      // does not need the other contract modules evaluated (nor downloaded) with it.
      treeshake: { moduleSideEffects: [{ test: /libs[\\/]contracts[\\/]src[\\/]/, sideEffects: false }] },
      output: {
        // The first download holds only what the shell needs (scripts/bundle-budget.mjs): React and the router in a
        // chunk of their own, which changes less often than the app and so stays cached across releases, and the
        // rest of the shell in one more. A page's own code comes in a chunk of its own when first shown, and what
        // several pages share (the features, the contracts) in one chunk more: a page loads in a few requests, not
        // dozens. Any other library (Markdown) lands where rolldown puts it, with the code that imports it.
        codeSplitting: {
          groups: [
            { name: 'react', priority: 40, test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'shell', priority: 30, tags: ['$initial'] },
            {
              name: 'pages',
              priority: 10,
              minShareCount: 2,
              test: /apps[\\/]web[\\/]src[\\/]|libs[\\/](contracts|domain)[\\/]src[\\/]|node_modules[\\/]zod[\\/]/,
            },
          ],
        },
      },
    },
  },
}));
