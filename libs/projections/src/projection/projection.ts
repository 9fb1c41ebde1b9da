import type { RecordedEvent } from '@ledger/event-store';

export type Row = Record<string, unknown>;

/** A table a projection owns: its SQL, its key and which columns hold JSON values. */
export interface TableSpec {
  name: string;
  /** Columns in the order they are written; JSON columns hold any value, stored as JSON text. */
  columns: readonly string[];
  /** The columns of the unique key that upserts and deletes name. */
  key: readonly string[];
  json?: readonly string[];
  /** CREATE TABLE and CREATE INDEX statements (IF NOT EXISTS). */
  ddl: readonly string[];
  /**
   * Keep committed rows in memory between batches, and write a row changed several times in a batch once,
   * at its end: for small tables read and changed by almost every event.
   */
  cached?: boolean;
  /**
   * The CREATE INDEX statements of `ddl` are for queries only, not for the projection: while the table
   * is filled from empty they are left out, and created (one sort) once the projector keeps up with
   * the log, instead of being updated row by row all through a catch-up.
   */
  deferIndexes?: boolean;
}

/**
 * A JSON column's value given as its JSON text, written as it is: for a projection that has the text
 * already (e.g. an event's data as the store holds it). Read back, it is the parsed value.
 */
export class JsonText {
  constructor(readonly text: string) {}
}

export type RowChange = { table: string; op: 'upsert'; row: Row } | { table: string; op: 'delete'; key: readonly unknown[] };

/** What a projection may read of the current read model: rows as they are after every change so far. */
export interface RowView {
  get<R extends Row>(table: string, key: readonly unknown[]): R | undefined;
  /** Every row whose columns equal `where`'s values, ordered by `orderBy` (a column). Meant for rare events. */
  list<R extends Row>(table: string, where: Row, orderBy: string): R[];
}

/**
 * A pure function from one event (and the rows it may read) to row changes, with its schema and a
 * version. Bumping the version marks the read model as stale: it must be rebuilt from the log.
 */
export interface Projection {
  name: string;
  version: number;
  tables: readonly TableSpec[];
  project(event: RecordedEvent, view: RowView): RowChange[];
}

export function upsert(table: string, row: Row): RowChange {
  return { table, op: 'upsert', row };
}

export function remove(table: string, key: readonly unknown[]): RowChange {
  return { table, op: 'delete', key };
}
