import { ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import { generatedCompanyId } from '@ledger/event-store/testing';
import { startApp, stopApp } from './app-process';
import { HttpLoad, isAcknowledged } from './http-disclosure-load';
import { SeededRandom } from './seeded-random';
import { ZipfSampler } from './zipf';

const FIRST_WRITE_TIMEOUT_MS = 120_000;

export interface KillShape {
  /** Companies registered in the ledger, written to by Zipf rank. */
  companies: number;
  zipfExponent: number;
  /** Concurrent HTTP writers (one request in flight each) while the load runs. */
  connections: number;
  /** How long the load runs, from its first acknowledgement, before the SIGKILL. */
  loadSeconds: number;
  seed: number;
}

export interface KillResult {
  /** Writes answered 201 (or 200) before the process died. */
  acknowledged: number;
  acknowledgedPerSecond: number;
  /** Requests refused with another status while the process was alive. */
  refused: number;
  /** From the SIGKILL to the process's exit, to its successor listening, and to its first acknowledged write. */
  killToExitMs: number;
  killToListeningMs: number;
  killToFirstWriteMs: number;
  /** From spawning the successor to its first acknowledged write: the process's own start-up. */
  spawnToFirstWriteMs: number;
  /** From the successor listening to its first acknowledged write: what the write side does before its first answer. */
  listeningToFirstWriteMs: number;
  /** Acknowledged writes (the first after the restart included) missing from the store afterwards. */
  lost: number;
}

/** Resolves with the time at which `acknowledged` first holds a write; fails if the process dies first. */
async function firstAcknowledgement(acknowledged: ReadonlySet<string>, child: ChildProcess): Promise<number> {
  const deadline = performance.now() + FIRST_WRITE_TIMEOUT_MS;
  while (acknowledged.size === 0) {
    if (child.exitCode !== null) throw new Error(`ledger-api exited with ${child.exitCode} before acknowledging a write`);
    if (performance.now() > deadline) throw new Error(`ledger-api acknowledged no write within ${FIRST_WRITE_TIMEOUT_MS} ms`);
    await sleep(1);
  }
  return performance.now();
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((done) => child.once('exit', () => done()));
}

/** The log's last position now: every write acknowledged later lies after it. */
async function headOf(file: string): Promise<string | null> {
  const store = SqliteEventStore.openForReading(file);
  try {
    return await store.headPosition();
  } finally {
    await store.close();
  }
}

/**
 * Starts ledger-api on the store `file` (a ledger already written), writes single disclosures over
 * HTTP from `connections` concurrent writers for `loadSeconds`, SIGKILLs it with requests in flight,
 * starts it again on the same file and times until its first acknowledged write. Then stops it and
 * checks that every write it acknowledged, before and after the kill, is in the store.
 */
export async function restartAfterKill(file: string, shape: KillShape): Promise<KillResult> {
  const random = new SeededRandom(shape.seed);
  const load = new HttpLoad(random, new ZipfSampler(shape.companies, shape.zipfExponent, random));
  const headBefore = await headOf(file);

  const first = await startApp('ledger-api', { LEDGER_STORE: file });
  let loadStart: number;
  try {
    load.start(first.baseUrl, shape.connections);
    // The load is timed from its first acknowledgement: a process still warming up is not yet under load.
    loadStart = await firstAcknowledgement(load.acknowledged, first.child);
    await sleep(shape.loadSeconds * 1000);
  } catch (error) {
    first.child.kill('SIGKILL');
    await load.stop();
    throw error;
  }
  first.child.kill('SIGKILL');
  const killAt = performance.now();
  await exited(first.child);
  const exitAt = performance.now();
  await load.stop();
  const acknowledgedBeforeKill = load.acknowledged.size;

  const spawnAt = performance.now();
  const second = await startApp('ledger-api', { LEDGER_STORE: file });
  const listeningAt = performance.now();
  let firstWriteAt: number;
  try {
    for (;;) {
      const status = await load.write(second.baseUrl, generatedCompanyId(0));
      firstWriteAt = performance.now();
      if (isAcknowledged(status)) break;
      if (second.child.exitCode !== null) throw new Error(`ledger-api exited after the restart (last answer ${status})`);
      if (performance.now() - listeningAt > FIRST_WRITE_TIMEOUT_MS)
        throw new Error(`no write acknowledged within ${FIRST_WRITE_TIMEOUT_MS} ms of the restart (last answer ${status})`);
    }
  } finally {
    await stopApp(second.child);
  }
  return {
    acknowledged: acknowledgedBeforeKill,
    acknowledgedPerSecond: acknowledgedBeforeKill / ((killAt - loadStart) / 1000),
    refused: load.refused,
    killToExitMs: exitAt - killAt,
    killToListeningMs: listeningAt - killAt,
    killToFirstWriteMs: firstWriteAt - killAt,
    spawnToFirstWriteMs: firstWriteAt - spawnAt,
    listeningToFirstWriteMs: firstWriteAt - listeningAt,
    lost: await missingAfter(file, headBefore, load.acknowledged),
  };
}

/** How many of `ids` the store at `file` does not hold after position `head`. */
async function missingAfter(file: string, head: string | null, ids: ReadonlySet<string>): Promise<number> {
  const missing = new Set(ids);
  const store = SqliteEventStore.openForReading(file);
  try {
    for await (const event of store.readAll({ after: head ?? 'start' })) missing.delete(event.id);
  } finally {
    await store.close();
  }
  return missing.size;
}
