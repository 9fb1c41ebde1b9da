import { EventStore, openEventStore } from '@ledger/event-store';
import { DEFAULT_STORE } from '@ledger/platform/framework-free';
import { fromEnvironment } from './environment';
import { explainingFailures } from './failure-explaining-store';
import { explainStoreFailure } from './store-failures';
import { checkStoreLocation } from './store-location';

export interface StoreOption {
  store?: string;
}

export const STORE_OPTION_HELP = `event store: a SQLite file or an esdb:// connection string (default: $LEDGER_STORE or ${DEFAULT_STORE})`;

/** --store, else $LEDGER_STORE, else the default. */
export function storeLocation(options: StoreOption): string {
  return options.store ?? fromEnvironment('LEDGER_STORE');
}

/**
 * Runs `work` with the store open, and closes it whatever happens. A SQLite file is created (with its
 * folder) when missing, as the servers do: for the commands that record.
 */
export function withStore<T>(options: StoreOption, work: (store: EventStore) => Promise<T>): Promise<T> {
  return withStoreAt(storeLocation(options), false, work);
}

/**
 * Runs `work` with a store that must already exist, opened to be read: nothing is created or
 * changed, and a missing file or one that holds no ledger is an error (exit 2). For the commands
 * that only read the log.
 */
export function withExistingStore<T>(options: StoreOption, work: (store: EventStore) => Promise<T>): Promise<T> {
  return withStoreAt(storeLocation(options), true, work);
}

async function withStoreAt<T>(location: string, readOnly: boolean, work: (store: EventStore) => Promise<T>): Promise<T> {
  checkStoreLocation(location, readOnly);
  const explain = (error: unknown) => explainStoreFailure(location, error);
  let store: EventStore;
  try {
    store = await openEventStore(location, { readOnly });
  } catch (error) {
    throw explain(error);
  }
  try {
    return await work(explainingFailures(store, explain));
  } finally {
    await store.close();
  }
}
