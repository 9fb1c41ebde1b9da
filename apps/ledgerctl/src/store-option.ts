import { EventStore, openEventStore } from '@ledger/event-store';
import { DEFAULT_STORE } from '@ledger/platform/config/ledger-config';

export interface StoreOption {
  store?: string;
}

export const STORE_OPTION_HELP = `event store: a SQLite file or an esdb:// connection string (default: $LEDGER_STORE or ${DEFAULT_STORE})`;

export function openStoreFrom(options: StoreOption): Promise<EventStore> {
  return Promise.resolve(openEventStore(options.store ?? (process.env.LEDGER_STORE?.trim() || DEFAULT_STORE)));
}

/** Runs `work` with the store open, and closes it whatever happens. */
export async function withStore<T>(options: StoreOption, work: (store: EventStore) => Promise<T>): Promise<T> {
  const store = await openStoreFrom(options);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
