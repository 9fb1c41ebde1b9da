import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './ledger-process';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built ledgerctl as a real process. */
export function runLedgerctl(args: string[], options: { store: string; input?: string }): CliRun {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'dist/apps/ledgerctl/src/main.js'), ...args], {
    env: { ...process.env, LEDGER_STORE: options.store },
    input: options.input,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
