import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkerOptions } from 'node:worker_threads';

/**
 * What to start a worker thread with, for the worker module `name` (without extension) in `dir`:
 * the built script when there is one; otherwise the TypeScript source through tsx's loader (tests,
 * benchmarks and tools run from the sources).
 */
export function workerScript(dir: string, name: string): [string, Pick<WorkerOptions, 'eval'>] {
  const built = join(dir, `${name}.js`);
  if (existsSync(built)) return [built, {}];
  const source = join(dir, `${name}.ts`);
  return [`require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(source)});`, { eval: true }];
}
