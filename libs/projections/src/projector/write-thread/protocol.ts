/**
 * Messages between a projector and the thread that writes its read store. Writes travel as a flat
 * array: a statement's index followed by its parameters, again and again. The thread knows how many
 * parameters each statement takes and which are JSON columns: those travel as values and are
 * serialised there, which takes that work off the projecting thread (a structured clone of a value
 * costs less than JSON.stringify, and the string would have to be cloned too); a JSON column's
 * value that is a string is its JSON text already.
 */
export type SqlValue = string | number | null;
export type Ops = unknown[];

export interface WriteStatement {
  sql: string;
  /** Per parameter: true when it is a JSON column's value. */
  json: boolean[];
}

export interface WriteThreadSetup {
  file: string;
  cacheMiB: number;
  /** Run on the thread's connection once opened, after the read store's own. */
  pragmas: readonly string[];
  statements: readonly WriteStatement[];
  /** An Int32Array's buffer: set to 1 and notified when a query's reply is posted. */
  replySignal: SharedArrayBuffer;
}

export type ToWriteThread =
  /** Applies ops inside the open transaction (begun if none is), then answers a query in it. */
  | { kind: 'query'; epoch: number; ops: Ops; sql: string; params: SqlValue[] }
  /** Applies ops and runs DDL, moves the checkpoints named and commits. */
  | { kind: 'commit'; epoch: number; seq: number; ops: Ops; ddl: string[]; checkpoints: CheckpointMove[] }
  /** Rolls back what is not committed and accepts the next epoch's messages. */
  | { kind: 'reset'; epoch: number }
  /** Rolls back what is not committed, closes the connection and ends the thread. */
  | { kind: 'close' };

export type FromWriteThread =
  | { kind: 'committed'; epoch: number; seq: number }
  | { kind: 'failed'; epoch: number; seq: number; message: string; stack?: string }
  | { kind: 'reset'; epoch: number };

/** A projection's checkpoint row as a commit leaves it. */
export interface CheckpointMove {
  name: string;
  version: number;
  position: string;
}

export type QueryReply = { rows: Record<string, SqlValue>[] } | { error: string };
