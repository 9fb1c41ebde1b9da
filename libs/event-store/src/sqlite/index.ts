export { SqliteEventStore } from './sqlite-event-store';
export type { SqliteEventStoreOptions } from './sqlite-event-store';
export type { ConnectionSettings, SynchronousMode } from './connection';
export { BackupTargetExistsError, backupSqliteStore } from './online-backup';
export type { WriteStats } from './write-thread/append-write-thread';
