import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './ledger-process';

export interface CatchUpRun {
  /** The exit code, or null when killed. */
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

export interface StartedCatchUp {
  child: ChildProcess;
  exited: Promise<CatchUpRun>;
}

/** Starts the built catch-up projector (log → read store, up to the head) as a real process. */
export function startCatchUp(env: { LEDGER_STORE: string; LEDGER_READ_STORE: string }): StartedCatchUp {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/libs/projections/src/catch-up.main.js')], { env: { ...process.env, ...env } });
  let output = '';
  const onData = (chunk: Buffer) => (output += chunk.toString());
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<CatchUpRun>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, output })));
  return { child, exited };
}

/** Runs the catch-up projector to its end. */
export function runCatchUp(env: { LEDGER_STORE: string; LEDGER_READ_STORE: string }): Promise<CatchUpRun> {
  return startCatchUp(env).exited;
}
