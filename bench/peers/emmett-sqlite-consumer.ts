import { getSQLiteEventStore, sqliteConnection } from '@event-driven-io/emmett-sqlite';
import type { EventToAppend } from '@ledger/event-store';
import { installedVersion } from '../lib/package-version';
import { retryOnRacedCommit } from './retry-on-raced-commit';

export const EMMETT_CONSUMER_NAME = `emmett-sqlite ${installedVersion('@event-driven-io/emmett-sqlite')} consumer + projection`;

/** Loads appends into a fresh Emmett SQLite store at `file`; returns the events written. */
export async function loadEmmettStore(file: string, appends: Iterable<{ streamId: string; streamLength: number; events: EventToAppend[] }>): Promise<number> {
  const store = getSQLiteEventStore({ fileName: file });
  let count = 0;
  for (const append of appends) {
    const events = append.events.map((event) => ({ type: event.type, data: event.data, metadata: { ...event.metadata, messageId: event.id } }));
    await retryOnRacedCommit(() => store.appendToStream(append.streamId, events, { expectedStreamVersion: BigInt(append.streamLength) }));
    count += events.length;
  }
  return count;
}

/**
 * Emmett's own projection mechanism: a consumer pulling batches of 1,000, one processor with a
 * projection that writes, per event, a timeline row and the company's running count, through the
 * projection context's connection (the work our company-timeline and company-status rows stand for).
 * Resolves with the seconds taken to project `events` events from the beginning.
 */
export async function projectWithEmmett(file: string, events: number): Promise<number> {
  const setup = sqliteConnection({ fileName: file });
  await setup.command('CREATE TABLE IF NOT EXISTS peer_timeline (id TEXT PRIMARY KEY, company TEXT, type TEXT, data TEXT)');
  await setup.command('CREATE TABLE IF NOT EXISTS peer_counts (company TEXT PRIMARY KEY, count INTEGER)');
  setup.close();
  const store = getSQLiteEventStore({ fileName: file });
  const consumer = store.consumer({ pulling: { batchSize: 1_000, pullingFrequencyInMs: 10 } });
  let projected = 0;
  let done!: () => void;
  const finished = new Promise<void>((resolve) => (done = resolve));
  consumer.processor({
    processorId: 'bench-timeline',
    startFrom: 'BEGINNING',
    projection: {
      name: 'bench-timeline',
      canHandle: [
        'CompanyRegistered',
        'SharePriceMoved',
        'BreachAnnounced',
        'SystemsTakenOffline',
        'ExternalAdvisersEngaged',
        'RegulatorNotified',
        'SystemsRestored',
        'RegulatoryProbeOpened',
        'RegulatoryProbeUpdated',
        'OperationalImpactReported',
        'OtherDisclosure',
      ],
      handle: async (batch, { connection }) => {
        for (const event of batch) {
          const company = String((event.data as { companyId?: string }).companyId);
          await connection.command('INSERT OR REPLACE INTO peer_timeline (id, company, type, data) VALUES (?, ?, ?, ?)', [
            String(event.metadata.messageId),
            company,
            event.type,
            JSON.stringify(event.data),
          ]);
          await connection.command('INSERT INTO peer_counts (company, count) VALUES (?, 1) ON CONFLICT (company) DO UPDATE SET count = count + 1', [company]);
        }
        projected += batch.length;
        if (projected >= events) done();
      },
    },
  });
  const start = process.hrtime.bigint();
  void consumer.start();
  await finished;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  await consumer.stop();
  await consumer.close();
  return seconds;
}
