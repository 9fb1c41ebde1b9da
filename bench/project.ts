import Database from 'better-sqlite3';
import type { SqliteEventStore } from '@ledger/event-store/sqlite';
import { DEFAULT_MAX_BATCH_EVENTS, LEDGER_PROJECTIONS, Projector, openReadStore, createDeferredIndexes } from '@ledger/projections';
import { generatedLedger } from '@ledger/event-store/testing';
import { writeGeneratedLedger } from './lib/generated-ledger-file';
import { formatRate } from './lib/format';
import { median } from './lib/median';
import { rowWriteFloor } from './lib/row-write-floor';
import { renderTable } from './lib/table';
import { withTempDir } from './lib/temp-dir';
import { secondsTaken } from './lib/timing';
import { EMMETT_CONSUMER_NAME, loadEmmettStore, projectWithEmmett } from './peers/emmett-sqlite-consumer';

const SHAPE = { companies: 10_000, disclosures: Number(process.env.BENCH_DISCLOSURES ?? 1_000_000), eventsPerAppend: 100 };
/** The peer projects this many events (its rate makes the full ledger take minutes). */
const PEER_SHAPE = { companies: 1_000, disclosures: 99_000, eventsPerAppend: 100 };
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGET = 150_000;

/**
 * Catch-up from zero into a fresh read store, up to a read model that answers every query: the indexes
 * a catch-up defers are made before the clock stops. Events per second and the resident memory after.
 */
export async function projectOnce(store: SqliteEventStore, readStoreFile: string): Promise<{ seconds: number; rssBytes: number }> {
  const head = await store.headPosition();
  const db = openReadStore(readStoreFile, { cacheMiB: 64 });
  const projector = new Projector(store, db, LEDGER_PROJECTIONS);
  try {
    const seconds = await secondsTaken(async () => {
      projector.start();
      if (head !== null) await projector.waitFor(head, 2 ** 31 - 1);
      createDeferredIndexes(db, LEDGER_PROJECTIONS);
    });
    return { seconds, rssBytes: process.memoryUsage().rss };
  } finally {
    await projector.stop();
    db.close();
  }
}

/** Reads of the same log for reference: through the port (what the projector pays) and raw SQLite rows. */
async function readRates(store: SqliteEventStore, file: string, events: number): Promise<{ port: number; raw: number }> {
  const portSeconds = await secondsTaken(async () => {
    for await (const _ of store.readAll()) void _;
  });
  const db = new Database(file, { readonly: true });
  const rawSeconds = await secondsTaken(async () => {
    for (const _ of db.prepare('SELECT * FROM events').raw().iterate()) void _;
  });
  db.close();
  return { port: events / portSeconds, raw: events / rawSeconds };
}

export async function projectBenchmark(): Promise<void> {
  await withTempDir('bench-project', async (dir) => {
    const file = `${dir}/ledger.db`;
    const { store, events } = await writeGeneratedLedger(file, SHAPE);
    const reads = await readRates(store, file, events);
    const runs: number[] = [];
    let rssBytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const result = await projectOnce(store, `${dir}/read-${run}.db`);
      runs.push(events / result.seconds);
      rssBytes = Math.max(rssBytes, result.rssBytes);
      console.error(`  run ${run + 1}/${RUNS}: ${formatRate(events / result.seconds)} events/s`);
    }
    await store.close();
    console.error('floor: the same rows written alone...');
    const floorRun = await rowWriteFloor(file, `${dir}/read-${RUNS - 1}.db`, `${dir}/floor.db`, DEFAULT_MAX_BATCH_EVENTS);
    const floor = floorRun.events / floorRun.seconds;
    // One thread reads the log and writes the rows: their times add up.
    const oneThreadFloor = 1 / (1 / reads.port + 1 / floor);

    console.error(`peer: writing ${formatRate(PEER_SHAPE.disclosures)} disclosures into its store...`);
    const peerEvents = await loadEmmettStore(`${dir}/peer.db`, generatedLedger(PEER_SHAPE));
    const peerSeconds = await projectWithEmmett(`${dir}/peer.db`, peerEvents);
    const peer = peerEvents / peerSeconds;

    const ours = median(runs);
    console.log(
      `project: catch-up from zero over ${formatRate(events)} events (${formatRate(SHAPE.companies)} companies), company-timeline + company-status, median of ${RUNS} runs.`,
    );
    console.log();
    console.log(
      renderTable(
        ['subject', 'events', 'events/s', 'runs', 'target'],
        [
          [
            'ours: Projector over SqliteEventStore',
            formatRate(events),
            formatRate(ours),
            runs.map(formatRate).join(' / '),
            `>= ${formatRate(TARGET)} ${ours >= TARGET ? 'met' : 'NOT met'}`,
          ],
          [`peer: ${EMMETT_CONSUMER_NAME}`, formatRate(peerEvents), formatRate(peer), formatRate(peer), 'was ~7,000'],
          [
            'floor: the same rows written alone (plain INSERTs, same schema, batches and settings)',
            formatRate(floorRun.events),
            formatRate(floor),
            '',
            `ours/floor ${(ours / floor).toFixed(2)}`,
          ],
          [
            'floor: reading through the port, then writing those rows, one thread',
            formatRate(events),
            formatRate(oneThreadFloor),
            '',
            `ours/floor ${(ours / oneThreadFloor).toFixed(2)}`,
          ],
          ['reference: readAll through the port', formatRate(events), formatRate(reads.port), '', ''],
          ['reference: raw SQLite row reads', formatRate(events), formatRate(reads.raw), '', ''],
        ],
        1,
      ),
    );
    console.log();
    console.log(`ours/peer: ${(ours / peer).toFixed(1)}x; projector process RSS after catch-up: ${Math.round(rssBytes / 2 ** 20)} MiB.`);
    console.log(
      JSON.stringify({
        bench: 'project',
        events,
        companies: SHAPE.companies,
        runsEventsPerSecond: runs,
        medianEventsPerSecond: ours,
        target: TARGET,
        peer: { name: EMMETT_CONSUMER_NAME, events: peerEvents, eventsPerSecond: peer },
        portReadsPerSecond: reads.port,
        rowWriteFloorPerSecond: floor,
        oneThreadFloorPerSecond: oneThreadFloor,
        rawReadsPerSecond: reads.raw,
        rssBytes,
      }),
    );
  });
}
