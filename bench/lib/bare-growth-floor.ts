import { randomUUID } from 'node:crypto';
import { WRITER_CACHE_MIB, openConnection } from '@ledger/event-store/sqlite';
import { BARE_INSERT } from '../peers/bare-better-sqlite3';
import { disclosureBody } from './ledger-writes';

/**
 * The floor of a write to a ledger as it grows: the store's own work and nothing of the ledger's, by a
 * bare better-sqlite3 loop on the store file itself. `appends` single-event appends, round-robin over
 * the companies, in IMMEDIATE transactions of `perCommit` (what one group commit of that many concurrent
 * requests writes), each reading its stream's tip and inserting the next event (synchronous=FULL). On the
 * empty ledger and on the large one, the ratio is what the file's size alone costs. The decision index,
 * a file of its own, is left out. It adds events to the file: run it after the ledger is measured.
 */
export function bareAppendsPerSecond(file: string, companyIds: readonly string[], appends: number, perCommit: number): number {
  const db = openConnection(file, { synchronous: 'FULL', busyTimeoutMs: 5_000, cacheMiB: WRITER_CACHE_MIB });
  try {
    const tip = db.prepare<[string], { revision: number; hash: Buffer }>(
      'SELECT revision, hash FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1',
    );
    const insert = db.prepare(BARE_INSERT);
    const metadata = JSON.stringify({ recordedAt: new Date(0).toISOString() });
    let next = 0;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- better-sqlite3's transaction variants are plain functions, meant to be called alone
    const commit = db.transaction((count: number) => {
      for (let i = 0; i < count; i++, next++) {
        const streamId = `company-${companyIds[next % companyIds.length]}`;
        const last = tip.get(streamId);
        const data = JSON.stringify(disclosureBody(companyIds[next % companyIds.length], next));
        insert.run(
          streamId,
          last ? last.revision + 1 : 0,
          randomUUID(),
          'SharePriceMoved',
          data,
          metadata,
          last?.hash ?? Buffer.alloc(32),
          Buffer.alloc(32, next % 251),
        );
      }
    }).immediate;
    const started = performance.now();
    for (let done = 0; done < appends; done += perCommit) commit(Math.min(perCommit, appends - done));
    return appends / ((performance.now() - started) / 1000);
  } finally {
    db.close();
  }
}
