import { describeEventStoreContract } from '../testing/event-store.contract';
import { tempStoreFile } from '../testing/temp-store-file';
import { SqliteEventStore } from './sqlite-event-store';

describeEventStoreContract('SQLite', async () => {
  const temp = tempStoreFile('event-store-contract');
  const store = SqliteEventStore.open(temp.file);
  return {
    store,
    cleanup: async () => {
      await store.close();
      temp.remove();
    },
  };
});
