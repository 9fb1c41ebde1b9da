import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './ledger-process';

export interface CatchUpRun {
  /** The exit code, or null when killed. */
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/**
 * Runs the built catch-up projector (log → read store, up to the head) as a real process. With
 * `killAfterStartMs`, it is sent SIGKILL that long after it says it is projecting.
 */
export function runCatchUp(env: { LEDGER_STORE: string; LEDGER_READ_STORE: string }, killAfterStartMs?: number): Promise<CatchUpRun> {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/libs/projections/src/catch-up.main.js')], { env: { ...process.env, ...env } });
  let output = '';
  const onData = (chunk: Buffer) => {
    const started = !output.includes('projecting');
    output += chunk.toString();
    if (started && output.includes('projecting') && killAfterStartMs !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfterStartMs);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, output })));
}
