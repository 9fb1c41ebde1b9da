// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const typeScriptFiles = ['{apps,libs,test,bench,scripts}/**/*.{ts,tsx}'];
const nodeGlobals = { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' };
const testFiles = ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'test/**', 'bench/**', '**/testing/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'libs/client/src/generated/**'] },

  { files: typeScriptFiles, extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked] },
  {
    files: typeScriptFiles,
    languageOptions: {
      parserOptions: {
        // One program for the whole repository except the explorer, which is compiled for the browser.
        project: ['./tsconfig.json', './apps/explorer/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // A lib is used through its index (and test helpers through its testing index), never through its insides.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@ledger/[a-z-]+/(?!testing$)',
              message: "Import a lib through its index ('@ledger/<lib>'); export what is needed from libs/<lib>/src/index.ts.",
            },
            {
              regex: '^(\\.\\./)+(\\.\\./)?libs/',
              message: "Import a lib through its index ('@ledger/<lib>'), not by a relative path into libs/.",
            },
          ],
        },
      ],
    },
  },

  {
    // The explorer's unit tests are outside its browser program; they are linted without type information.
    files: ['apps/explorer/**/*.spec.ts'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { parserOptions: { project: false } },
  },

  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: nodeGlobals },
  },
  { files: ['scripts/**/*.js'], languageOptions: { sourceType: 'commonjs', globals: { ...nodeGlobals, require: 'readonly', module: 'writable', __dirname: 'readonly' } } },

  prettier,
);
