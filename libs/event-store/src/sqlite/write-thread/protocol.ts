/**
 * Messages between a SQLite event store and its writer thread. An append travels serialised already
 * (canonical JSON made on the calling thread); the thread chains, checks and inserts it.
 */
import { ActualRevision, ExpectedRevision } from '../../port/expected-revision';
import { SynchronousMode } from '../connection';

export interface WriterSetup {
  file: string;
  synchronous: SynchronousMode;
  busyTimeoutMs: number;
  maxPages?: number;
}

export interface AppendRequest {
  /** Names the call in the reply. */
  call: number;
  streamId: string;
  expected: ExpectedRevision;
  /** The batch as prepareEvents makes it: FIELDS_PER_EVENT strings per event. */
  events: string[];
}

export type AppendOutcome =
  | { kind: 'appended'; nextRevision: number; position: number; alreadyRecorded?: true }
  | { kind: 'wrong-revision'; actual: ActualRevision }
  | { kind: 'id-conflict'; eventId: string }
  /** The store failed (busy, I/O, ...): `code` is SQLite's when it has one. */
  | { kind: 'failed'; message: string; code?: string };

/** The appends made while the thread was busy with the previous group travel together. */
export type ToWriter = { kind: 'append'; requests: AppendRequest[] } | { kind: 'close' };

/** One per transaction the thread tried: each call of the group with its outcome. */
export interface GroupReply {
  /** False when the transaction did not commit: every outcome is then a failure. */
  committed: boolean;
  outcomes: [call: number, outcome: AppendOutcome][];
  /** The last position the thread committed, after this group. */
  head: number;
}
