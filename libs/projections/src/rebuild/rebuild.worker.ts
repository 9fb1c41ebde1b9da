import { parentPort, workerData } from 'node:worker_threads';
import { openEventStore } from '@ledger/event-store';
import { errorText } from '../failure/parked-events';
import { servedProjections } from '../ledger-projections';
import { runThisThreadInBackground } from '../projector/background-priority';
import { rebuildAndSwap } from './rebuild-and-swap';
import { FromRebuildThread, RebuildThreadSetup } from './rebuild-job';

/** A rebuild's thread: it reads the log on a store of its own, builds the new file and swaps it in, telling its progress by message. */
async function main(port: NonNullable<typeof parentPort>, setup: RebuildThreadSetup): Promise<void> {
  runThisThreadInBackground();
  const post = (message: FromRebuildThread) => port.postMessage(message);
  const abort = new AbortController();
  port.on('message', () => abort.abort());
  const store = await openEventStore(setup.storeLocation, { readOnly: true });
  try {
    const projections = servedProjections(process.env).filter((projection) => setup.projections.includes(projection.name));
    const { digests: _digests, ...result } = await rebuildAndSwap(store, setup.location, projections, {
      only: setup.only,
      onProgress: (progress) => post({ kind: 'progress', progress }),
      signal: abort.signal,
    });
    post({ kind: 'done', result });
  } catch (error) {
    post({ kind: 'failed', error: errorText(error) });
  } finally {
    await store.close();
    port.close();
  }
}

const port = parentPort!;
main(port, workerData as RebuildThreadSetup).catch((error: unknown) => {
  port.postMessage({ kind: 'failed', error: errorText(error) } satisfies FromRebuildThread);
  port.close();
});
