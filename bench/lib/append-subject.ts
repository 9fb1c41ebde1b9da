import type { EventToAppend } from '@ledger/event-store';

/** An event store under benchmark, reduced to what the append benchmark needs. */
export interface AppendSubject {
  /** Appends to a stream expected to hold exactly streamLength events; throws if the store disagrees. */
  append(streamId: string, events: EventToAppend[], streamLength: number): Promise<void>;
  close(): Promise<void>;
  /** Appends that failed transiently inside the store and were retried, when the adapter has to retry at all. */
  retriedAppends?(): number;
}

export interface AppendSubjectKind {
  name: string;
  /** Opens a store on a fresh SQLite file. */
  open(file: string): Promise<AppendSubject>;
  /** Journal mode and synchronous level the store commits with, read from the store or a connection set up like its own. */
  durability(file: string): Promise<string>;
}
