import { openEventStore } from '@ledger/event-store';
import { readSettings } from '@ledger/settings';
import { LEDGER_PROJECTIONS } from './ledger-projections';
import { Projector } from './projector/projector';
import { openReadStore } from './projector/read-store';

/**
 * Projects the log at LEDGER_STORE into the read store at LEDGER_READ_STORE up to the log's head at
 * start, then exits. A process of its own, so that it can be killed at any instant and restarted.
 */
async function main(): Promise<void> {
  const settings = readSettings(['LEDGER_STORE', 'LEDGER_READ_STORE']);
  const store = await openEventStore(settings.LEDGER_STORE);
  const db = openReadStore(settings.LEDGER_READ_STORE, { cacheMiB: 64 });
  const projector = new Projector(store, db, LEDGER_PROJECTIONS, { onError: (error) => console.error(error) });
  const head = await store.headPosition();
  console.log(`projecting from ${projector.checkpoint ?? 'the start'} to ${head ?? 'the start'}`);
  projector.start();
  if (head !== null) await projector.waitFor(head, 2 ** 31 - 1);
  await projector.stop();
  console.log(`caught up at ${projector.checkpoint}`);
  db.close();
  await store.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
