import { parentPort, workerData } from 'node:worker_threads';
import { EventStore, SqliteEventStore, isEventStoreDbLocation, openEventStore } from '@ledger/event-store';
import { servedProjections } from '../ledger-projections';
import { errorText } from '../failure/parked-events';
import { Projector } from './projector';
import { FromProjectorThread, ProjectorThreadSetup, ToProjectorThread } from './projector-protocol';
import { openReadStore } from './read-store';
import { runThisThreadInBackground } from './background-priority';

/** How often the thread's own SQLite connection looks for appends while it waits for them. */
const LOG_POLL_MS = 5;

/**
 * The projector's thread: it reads the log on a store of its own, projects and writes the read store,
 * and tells the serving thread where it stands by message. Nothing here blocks the serving thread.
 */
async function main(port: NonNullable<typeof parentPort>, setup: ProjectorThreadSetup): Promise<void> {
  runThisThreadInBackground();
  const post = (message: FromProjectorThread) => port.postMessage(message);
  const store: EventStore = isEventStoreDbLocation(setup.storeLocation)
    ? await openEventStore(setup.storeLocation)
    : SqliteEventStore.openForReading(setup.storeLocation, { pollIntervalMs: LOG_POLL_MS });
  const db = openReadStore(setup.file, { cacheMiB: 64 });
  const projections = servedProjections(process.env).filter((projection) => setup.projections.includes(projection.name));
  const state = () => post({ kind: 'state', checkpoint: projector.checkpoint, runs: projector.runs() });
  const projector = new Projector(store, db, projections, {
    failurePolicies: setup.failurePolicies,
    maxBatchEvents: setup.maxBatchEvents,
    maxBatchMs: setup.maxBatchMs,
    retryDelayMs: setup.retryDelayMs,
    onError: (error) => post({ kind: 'error', message: errorText(error) }),
    onCommitted: state,
  });
  port.on('message', (message: ToProjectorThread) => {
    switch (message.kind) {
      case 'resume':
        projector.resume(message.name);
        return state();
      case 'replay':
        return void projector.replay(message.name).then(
          (outcome) => {
            state();
            post({ kind: 'replayed', id: message.id, outcome });
          },
          (error: unknown) => post({ kind: 'replayed', id: message.id, error: errorText(error) }),
        );
      case 'stop':
        return void projector
          .stop()
          .then(() => store.close())
          .finally(() => {
            // The serving thread's reader outlives this connection and cannot fold the log into the file: this one does.
            db.pragma('wal_checkpoint(TRUNCATE)');
            db.close();
            post({ kind: 'stopped' });
            port.close();
          });
    }
  });
  projector.start();
  state();
}

const port = parentPort!;
main(port, workerData as ProjectorThreadSetup).catch((error: unknown) => {
  port.postMessage({ kind: 'error', message: errorText(error) } satisfies FromProjectorThread);
  throw error;
});
