import Database from 'better-sqlite3';
import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import { GeneratedLedgerShape, appendGeneratedLedger } from '@ledger/event-store/testing';
import { REPO_ROOT } from './ledger-process';

/** Writes a generated ledger into a SQLite store file; resolves with the number of events. */
export async function writeLedgerFile(file: string, shape: GeneratedLedgerShape): Promise<number> {
  const store = SqliteEventStore.open(file, { synchronous: 'NORMAL' });
  try {
    return await appendGeneratedLedger(store, shape);
  } finally {
    await store.close();
  }
}

/** A ledgerctl process running in the background, its output kept. */
export class LedgerctlProcess {
  output = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly child: ChildProcessWithoutNullStreams;

  constructor(args: string[], env: Record<string, string>) {
    this.child = spawn(process.execPath, [join(REPO_ROOT, 'dist/apps/ledgerctl/src/main.js'), ...args], { env: { ...process.env, ...env } });
    const keep = (chunk: Buffer) => (this.output += chunk.toString());
    this.child.stdout.on('data', keep);
    this.child.stderr.on('data', keep);
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }
}

/** Runs SQL on a SQLite file (to tamper with it, or to read it). */
export function withSqlite<T>(file: string, work: (db: Database.Database) => T): T {
  const db = new Database(file);
  try {
    return work(db);
  } finally {
    db.close();
  }
}
