// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const typeScriptFiles = ['{apps,libs,test,bench,scripts}/**/*.{ts,tsx}'];
const testFiles = ['**/*.spec.ts', '**/*.int-spec.ts', 'test/**', 'bench/**', 'libs/*/src/**/testing/**', 'libs/*/eval/**', 'scripts/eval-extraction.ts'];

// A lib is used through its index ('@ledger/<lib>'), and its test helpers through '@ledger/<lib>/testing'.
// Two narrower entry points load less: the SQLite store without the EventStoreDB client, the platform without NestJS.
const deepImport = {
  regex: '^@ledger/(?!event-store/sqlite$|platform/framework-free$)[a-z-]+/(?!testing$)',
  message: "Import a lib through its index ('@ledger/<lib>'); export what other packages need from libs/<lib>/src/index.ts.",
};
const relativeImportIntoLib = {
  regex: '^(\\.\\./)+libs/[a-z-]+/src/',
  message: "Import a lib through its index ('@ledger/<lib>'), not by a relative path into its sources.",
};
const testHelperImport = { regex: '^@ledger/[a-z-]+/testing$', message: 'Test helpers are for tests and benchmarks only.' };

// SQLite plans with the value bound to a bare LIMIT parameter, and so prepares the statement again each time it is bound.
const bareLimitParameter = 'LIMIT \\?(?! \\+ 0)';
const bareLimitMessage = 'Write `LIMIT ? + 0`: a bare `LIMIT ?` makes SQLite prepare the statement again at each run.';
const bareLimit = [`Literal[value=/${bareLimitParameter}/]`, `TemplateElement[value.raw=/${bareLimitParameter}/]`].map((selector) => ({
  selector,
  message: bareLimitMessage,
}));

const nodeGlobals = {
  process: 'readonly',
  console: 'readonly',
  Buffer: 'readonly',
  URL: 'readonly',
  fetch: 'readonly',
  setTimeout: 'readonly',
  clearTimeout: 'readonly',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'libs/client/src/generated/**'] },

  {
    files: typeScriptFiles,
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // The explorer is compiled for the browser, and the benchmarks beside their own dependencies, by programs of their own.
        project: ['./tsconfig.json', './apps/explorer/tsconfig.json', './bench/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Methods that implement a Promise-returning interface are async so that a throw reaches the caller as a rejection.
      '@typescript-eslint/require-await': 'off',
      // Positions are typed `Position | 'start' | 'end'` on purpose: the signature names the sentinels a string may hold.
      '@typescript-eslint/no-redundant-type-constituents': 'off',
      // A caught value is passed on as it was, whatever it is.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingAny: true, allowThrowingUnknown: true }],
      'no-restricted-imports': ['error', { patterns: [deepImport, relativeImportIntoLib, testHelperImport] }],
      'no-restricted-syntax': ['error', ...bareLimit],
    },
  },
  {
    files: testFiles,
    rules: {
      // Tests read answers as untyped JSON and check their shape with expect(); the assertions are the type check.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // Tests feed numbers that JSON cannot hold exactly, on purpose.
      'no-loss-of-precision': 'off',
      'no-restricted-imports': ['error', { patterns: [deepImport, relativeImportIntoLib] }],
    },
  },
  {
    // Live events arrive as the JSON of any of the ledger's event types; each handler reads the fields its type carries.
    files: [
      'apps/explorer/src/live.ts',
      'apps/explorer/src/use-timeline.ts',
      'apps/explorer/src/pages/CompanyPage.tsx',
      'apps/explorer/src/components/LiveFeed.tsx',
    ],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
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
  {
    files: ['scripts/**/*.js', 'bench/**/*.js', '*.config.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...nodeGlobals, require: 'readonly', module: 'writable', __dirname: 'readonly' } },
  },

  prettier,
);
