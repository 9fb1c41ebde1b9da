import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
/** The budget for the JavaScript the first page loads, gzipped. */
const FIRST_PAGE_BUDGET_BYTES = 150 * 1024;

/** Prints the gzipped size of the JavaScript the first page loads (the entry and what it imports statically), and fails the build beyond the budget. */
function firstPageBudget() {
  return {
    name: 'first-page-budget',
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
      const seen = new Set();
      const visit = (name) => {
        if (seen.has(name)) return;
        seen.add(name);
        for (const imported of bundle[name].imports ?? []) visit(imported);
      };
      visit(entry.fileName);
      const bytes = [...seen].reduce((sum, name) => sum + gzipSync(bundle[name].code).length, 0);
      const line = `explorer: first page JavaScript ${(bytes / 1024).toFixed(1)} KB gzipped (budget ${FIRST_PAGE_BUDGET_BYTES / 1024} KB)`;
      if (bytes > FIRST_PAGE_BUDGET_BYTES) this.error(line);
      console.error(line);
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  plugins: [firstPageBudget()],
  // The typed client from its sources, as the rest of the monorepo uses it.
  resolve: { alias: { '@ledger/client': fileURLToPath(new URL('../../libs/client/src', import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/explorer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
  },
  logLevel: 'warn',
});
