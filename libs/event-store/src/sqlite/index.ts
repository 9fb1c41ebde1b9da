export { SqliteEventStore } from './sqlite-event-store';
export type { SqliteEventStoreOptions } from './sqlite-event-store';
export type { ConnectionSettings, SynchronousMode } from './connection';
export type { WriteStats } from './write-thread/append-write-thread';
