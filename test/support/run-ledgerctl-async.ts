import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './ledger-process';
import { CliRun } from './run-ledgerctl';

/** Runs the built ledgerctl as a real process without blocking this one: HTTP load can go on meanwhile. */
export function runLedgerctlAsync(args: string[], options: { store: string }): Promise<CliRun> {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/apps/ledgerctl/src/main.js'), ...args], {
    env: { ...process.env, LEDGER_STORE: options.store },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) =>
    child.once('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    }),
  );
}
