import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import { LEDGER_PROJECTIONS, digestTables, readCheckpoints } from '@ledger/projections';
import { appendGeneratedLedger } from '@ledger/event-store/testing';
import { runCatchUp, startCatchUp } from './support/catch-up-process';

jest.setTimeout(180_000);

const SHAPE = { companies: 500, disclosures: 200_000, eventsPerAppend: 100 };
const KILLS = 10;

function checkpointOf(file: string): number {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    return 0; // not made yet
  }
  try {
    return Number(readCheckpoints(db)[0]?.position ?? 0);
  } catch {
    return 0; // tables not made yet
  } finally {
    db.close();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Kills a catch-up with SIGKILL at a random moment once it has committed past `after`: every kill
 * then lands on a projector at work, however slow the machine is to start it.
 */
async function killMidway(env: { LEDGER_STORE: string; LEDGER_READ_STORE: string }, after: number) {
  const run = startCatchUp(env);
  let exited = false;
  void run.exited.then(() => (exited = true));
  while (!exited && checkpointOf(env.LEDGER_READ_STORE) <= after) await sleep(5);
  await sleep(Math.random() * 60);
  run.child.kill('SIGKILL');
  return run.exited;
}

describe('projector killed with SIGKILL during catch-up', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-crash-'));
  const ledger = join(dir, 'ledger.db');
  const killed = join(dir, 'read-killed.db');
  const scratch = join(dir, 'read-scratch.db');
  let events = 0;

  beforeAll(async () => {
    const store = SqliteEventStore.open(ledger, { synchronous: 'NORMAL' });
    events = await appendGeneratedLedger(store, SHAPE);
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`ends with the same read model as one built from scratch, row for row, after ${KILLS} kills`, async () => {
    const checkpoints: number[] = [];
    for (let kill = 0; kill < KILLS; kill++) {
      const run = await killMidway({ LEDGER_STORE: ledger, LEDGER_READ_STORE: killed }, checkpoints.at(-1) ?? 0);
      expect({ kill, signal: run.signal }).toEqual({ kill, signal: 'SIGKILL' });
      checkpoints.push(checkpointOf(killed));
    }
    // The kills hit a projector at work: it had made progress, and had not finished.
    expect(checkpoints[KILLS - 1]).toBeGreaterThan(0);
    expect(checkpoints[KILLS - 1]).toBeLessThan(events);

    const resumed = await runCatchUp({ LEDGER_STORE: ledger, LEDGER_READ_STORE: killed });
    expect({ code: resumed.code, output: resumed.output }).toEqual({ code: 0, output: expect.stringContaining(`caught up at ${events}`) });
    const fresh = await runCatchUp({ LEDGER_STORE: ledger, LEDGER_READ_STORE: scratch });
    expect(fresh.code).toBe(0);

    const [afterKills, fromScratch] = [killed, scratch].map((file) => {
      const db = new Database(file, { readonly: true });
      try {
        return digestTables(db, LEDGER_PROJECTIONS);
      } finally {
        db.close();
      }
    });
    // One disclosure row per disclosure (the timeline's, and company-status's own status input), one
    // company row per registration, plus the probe rows.
    const { projection_checkpoints: _checkpoints, ...tables } = fromScratch.tables;
    expect(Object.values(tables).reduce((rows, table) => rows + table.rows, 0)).toBe(events + SHAPE.disclosures + countProbeRows(scratch));
    // Table by table, with the checkpoints: a difference names the tables that differ.
    expect(afterKills).toEqual(fromScratch);
  });
});

function countProbeRows(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM probes').pluck().get() as number;
  } finally {
    db.close();
  }
}
