import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/** Builds dist/ when it is missing or older than the sources, as `npm start` does. */
export function buildApps(): void {
  const root = resolve(__dirname, '..', '..');
  execFileSync(process.execPath, [join(root, 'scripts/prepare-run.js')], { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
}
