import { TempStoreFile, tempStoreFile } from './temp-store-file';
import { SqliteEventStore, SqliteEventStoreOptions } from '../sqlite/sqlite-event-store';

/**
 * For a jest suite: a fresh store file per test, and every store opened on it closed, and the file
 * removed, after the test.
 */
export function storesOnAFreshFile(): { file: () => string; open: (options?: SqliteEventStoreOptions) => SqliteEventStore } {
  let temp: TempStoreFile;
  const opened: SqliteEventStore[] = [];
  beforeEach(() => {
    temp = tempStoreFile();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
    temp.remove();
  });
  return {
    file: () => temp.file,
    open: (options) => {
      const store = SqliteEventStore.open(temp.file, options);
      opened.push(store);
      return store;
    },
  };
}
