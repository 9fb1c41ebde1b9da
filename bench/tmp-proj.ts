import { SqliteEventStore } from '@ledger/event-store/sqlite';
import { Projector } from '../libs/projections/src/projector/projector';
import { openReadStore } from '../libs/projections/src/projector/read-store';
import { LEDGER_PROJECTIONS } from '../libs/projections/src/ledger-projections';
import { rmSync } from 'node:fs';
async function main() {
  const store = SqliteEventStore.open(process.argv[2]);
  rmSync('/tmp/read-proj.db', { force: true }); rmSync('/tmp/read-proj.db-wal', { force: true });
  const db = openReadStore('/tmp/read-proj.db', { cacheMiB: 64 });
  const projector = new Projector(store, db, LEDGER_PROJECTIONS, { onError: (e) => console.error(e) });
  const head = (await store.headPosition())!;
  const t = Date.now();
  projector.start();
  await projector.waitFor(head, 600_000);
  const ms = Date.now() - t;
  console.log('projected', head, ms, 'ms', Math.round(Number(head) / ms * 1000), 'events/s', 'rss', Math.round(process.memoryUsage().rss / 1e6));
  await projector.stop();
  db.close();
}
main();
