// Lints code "as if" it stood at given paths with the house's import boundaries (eslint.boundaries.mjs, the
// same zones `npm run lint` uses), without type information, so that a test can check many cases in a second.
// stdin: [{ path, code }]; stdout: [[message, …], …] in the same order.
import { ESLint } from 'eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import { boundaries } from '../../../../eslint.boundaries.mjs';

const root = new URL('../../../../', import.meta.url).pathname;
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: boundaries }] },
  },
});
let input = '';
for await (const chunk of process.stdin) input += chunk;
const out = [];
for (const { path, code } of JSON.parse(input)) {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  out.push(result.messages.map((m) => m.message));
}
process.stdout.write(JSON.stringify(out));
