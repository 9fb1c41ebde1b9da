import * as path from 'node:path';
import { EventStore } from './port/event-store';
import { describeEventStoreDbLocation, isEventStoreDbLocation } from './esdb/connection-string';
import { EventStoreDbEventStore } from './esdb/event-store-db-event-store';
import { SqliteEventStore } from './sqlite/sqlite-event-store';
import { makeFolders } from './sqlite/make-folders';

export { NoEventStoreError } from './sqlite/sqlite-event-store';

export interface OpenEventStoreOptions {
  /** EventStoreDB only: longest wait for any answer of the server. */
  deadlineMs?: number;
  /** Source of recordedAt for events appended without one. */
  clock?: () => Date;
  /**
   * SQLite only: the file must already hold an event store, which is opened to be read: nothing is
   * created, written or changed, and a missing or foreign file is a NoEventStoreError.
   */
  readOnly?: boolean;
  /**
   * SQLite only: the most pages the file may grow to (SQLite's max_page_count), after which appends
   * fail as with a full disk. A quota, and the way tests make the disk full.
   */
  maxPages?: number;
}

/**
 * The store at `location`: an EventStoreDB / KurrentDB connection string (esdb://, esdb+discover://,
 * kurrentdb://, kurrent://), or else the path of a SQLite file, created with its folder if missing
 * (unless `readOnly`).
 */
export async function openEventStore(location: string, options: OpenEventStoreOptions = {}): Promise<EventStore> {
  if (isEventStoreDbLocation(location)) return EventStoreDbEventStore.connect(location.trim(), options);
  const file = path.resolve(location);
  if (options.readOnly) return SqliteEventStore.openForReading(file, { clock: options.clock });
  makeFolders(path.dirname(file));
  return SqliteEventStore.open(file, { clock: options.clock, maxPages: options.maxPages });
}

/** Where the store is, for a log line: never the credentials a connection string may carry. */
export function describeStoreLocation(location: string): string {
  return isEventStoreDbLocation(location) ? describeEventStoreDbLocation(location) : `SQLite ${path.resolve(location)}`;
}
