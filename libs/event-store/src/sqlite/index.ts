export { SqliteEventStore } from './sqlite-event-store';
export type { SqliteEventStoreOptions } from './sqlite-event-store';
export type { ConnectionSettings, SynchronousMode } from './connection';
export { BackupTargetExistsError, backupSqliteStore } from './online-backup';
export type { WriteStats } from './write-thread/append-write-thread';
export { WrongExpectedRevisionError } from '../port/errors';
export { makeFolders } from './make-folders';
// For tools that open the store's file themselves, with the store's own settings and schema.
export { WRITER_CACHE_MIB, openConnection, openReadingConnection, readConnectionSettings } from './connection';
export { applySchema } from './schema';
export { preallocateWal } from './wal-preallocation';
