import { ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import { generatedCompanyId } from '@ledger/projections/testing/generated-ledger';
import { startApp, stopApp } from './app-process';
import { SeededRandom } from './seeded-random';
import { ZipfSampler } from './zipf';

const FIRST_WRITE_TIMEOUT_MS = 120_000;

export interface KillShape {
  /** Companies registered in the ledger, written to by Zipf rank. */
  companies: number;
  zipfExponent: number;
  /** Concurrent HTTP writers (one request in flight each) while the load runs. */
  connections: number;
  /** How long the load runs before the SIGKILL. */
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
  /** Acknowledged writes (the first after the restart included) missing from the store afterwards. */
  lost: number;
}

function disclosureBody(disclosureId: string, n: number): string {
  return JSON.stringify({
    disclosureId,
    type: 'SharePriceMoved',
    occurredAt: '2025-03-14',
    disclosedAt: '2025-03-14T08:00:00Z',
    source: { kind: 'news', publisher: 'Bench Wire', url: `https://news.example.com/${disclosureId}` },
    facts: { direction: n % 2 ? 'up' : 'down', changePct: (n % 97) / 10, price: 100 + (n % 500), currency: 'EUR', venue: 'XPAR' },
  });
}

/** POSTs one disclosure; resolves with the HTTP status, or null when no answer came (the connection died). */
async function postDisclosure(baseUrl: string, companyId: string, disclosureId: string, n: number): Promise<number | null> {
  try {
    const response = await fetch(`${baseUrl}/v1/companies/${companyId}/disclosures`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: disclosureBody(disclosureId, n),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return null;
  }
}

const isAcknowledged = (status: number | null) => status === 201 || status === 200;

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((done) => child.once('exit', () => done()));
}

/**
 * Starts ledger-api on the store `file` (a ledger already written), writes single disclosures over
 * HTTP from `connections` concurrent writers for `loadSeconds`, SIGKILLs it with requests in flight,
 * starts it again on the same file and times until its first acknowledged write. Then stops it and
 * checks that every write it acknowledged, before and after the kill, is in the store.
 */
export async function restartAfterKill(file: string, shape: KillShape): Promise<KillResult> {
  const random = new SeededRandom(shape.seed);
  const zipf = new ZipfSampler(shape.companies, shape.zipfExponent, random);
  const acknowledged = new Set<string>();
  let refused = 0;
  let sent = 0;
  let killed = false;

  const first = await startApp('ledger-api', { LEDGER_STORE: file });
  const writer = async () => {
    while (!killed) {
      const id = random.uuid();
      const n = sent++;
      const status = await postDisclosure(first.baseUrl, generatedCompanyId(zipf.next()), id, n);
      if (isAcknowledged(status)) acknowledged.add(id);
      else if (status !== null) refused++;
    }
  };
  const loadStart = performance.now();
  const writers = Array.from({ length: shape.connections }, writer);
  await sleep(shape.loadSeconds * 1000);
  killed = true;
  const killAt = performance.now();
  first.child.kill('SIGKILL');
  await exited(first.child);
  const exitAt = performance.now();
  await Promise.all(writers);
  const acknowledgedBeforeKill = acknowledged.size;

  const spawnAt = performance.now();
  const second = await startApp('ledger-api', { LEDGER_STORE: file });
  const listeningAt = performance.now();
  let firstWriteAt: number;
  try {
    for (;;) {
      const id = random.uuid();
      const status = await postDisclosure(second.baseUrl, generatedCompanyId(0), id, sent++);
      if (isAcknowledged(status)) {
        firstWriteAt = performance.now();
        acknowledged.add(id);
        break;
      }
      if (second.child.exitCode !== null) throw new Error(`ledger-api exited after the restart (last answer ${status})`);
      if (performance.now() - listeningAt > FIRST_WRITE_TIMEOUT_MS) throw new Error(`no write acknowledged within ${FIRST_WRITE_TIMEOUT_MS} ms of the restart (last answer ${status})`);
    }
  } finally {
    await stopApp(second.child);
  }
  return {
    acknowledged: acknowledgedBeforeKill,
    acknowledgedPerSecond: acknowledgedBeforeKill / ((killAt - loadStart) / 1000),
    refused,
    killToExitMs: exitAt - killAt,
    killToListeningMs: listeningAt - killAt,
    killToFirstWriteMs: firstWriteAt - killAt,
    spawnToFirstWriteMs: firstWriteAt - spawnAt,
    lost: await missingFrom(file, acknowledged),
  };
}

/** How many of `ids` the store at `file` does not hold. */
async function missingFrom(file: string, ids: ReadonlySet<string>): Promise<number> {
  const missing = new Set(ids);
  const store = SqliteEventStore.openForReading(file);
  try {
    for await (const event of store.readAll()) missing.delete(event.id);
  } finally {
    await store.close();
  }
  return missing.size;
}
