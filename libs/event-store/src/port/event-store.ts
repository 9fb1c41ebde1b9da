import { ExpectedRevision } from './expected-revision';
import { Position, StartFrom } from './position';

export type JsonObject = { [key: string]: unknown };

/** Metadata the store keeps with every event. The store adds recordedAt (when absent), prevHash and hash. */
export interface EventMetadata extends JsonObject {
  recordedAt: string;
  prevHash: string;
  hash: string;
}

export interface EventToAppend {
  /**
   * UUID. Ids are idempotent within a stream, as EventStoreDB defines them: the same events appended
   * again after the same expected revision are answered as already recorded and written once. The
   * same id in another stream is another event.
   */
  id: string;
  /** Explicit event type, e.g. "BreachAnnounced". */
  type: string;
  data: JsonObject;
  /** Caller's metadata (recordedAt, schemaVersion, correlationId, causationId, recordedBy, ...). */
  metadata?: JsonObject;
}

export interface RecordedEvent {
  streamId: string;
  revision: number;
  position: Position;
  id: string;
  type: string;
  data: JsonObject;
  metadata: EventMetadata;
  /**
   * The data's JSON text as the store holds it, when it holds text (the same value as `data`): a
   * reader that stores or forwards the data as JSON need not serialise it again.
   */
  dataJson?: string;
}

export interface AppendOptions {
  expectedRevision?: ExpectedRevision;
}

export interface AppendResult {
  /** Revision of the last event in the stream after the append. */
  nextRevision: number;
  /** Log position of the last event appended. */
  position: Position;
  /**
   * Set when every event was already in the stream with the same content, written by an earlier
   * append: this one wrote nothing and answers with that append's result.
   */
  alreadyRecorded?: true;
}

export interface ReadStreamOptions {
  /** First revision to read (forwards) or last (backwards). Default: the start (forwards) or the end (backwards). */
  fromRevision?: number;
  direction?: 'forwards' | 'backwards';
  maxCount?: number;
}

export interface LogFilter {
  /** Keep only streams whose name starts with one of these, e.g. ["company-"]. */
  streamPrefixes?: string[];
  /** Keep only these event types. */
  eventTypes?: string[];
}

export interface ReadAllOptions {
  /** Read events strictly after this position; 'start' (default) reads from the first event. */
  after?: Position | 'start';
  maxCount?: number;
  filter?: LogFilter;
}

export interface SubscribeToAllOptions {
  /** Catch up from strictly after this position, then go live. 'end' means live only. Default 'start'. */
  from?: StartFrom;
  filter?: LogFilter;
}

export interface SubscribeToStreamOptions {
  /** Catch up from strictly after this revision, then go live. 'end' means live only. Default 'start'. */
  from?: number | 'start' | 'end';
}

/**
 * A catch-up subscription: an async iterable that yields past events, then live ones, in log order,
 * with no gap and no duplicate at the seam. Ends when closed; throws if the store fails.
 */
export interface Subscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

/** The log. Both adapters (embedded SQLite, EventStoreDB) pass the same contract suite. */
export interface EventStore {
  /** Errors: WrongExpectedRevisionError, EventIdConflictError, StoreUnavailableError. */
  append(streamId: string, events: EventToAppend[], options?: AppendOptions): Promise<AppendResult>;
  /** A stream's events; an empty array when the stream does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  subscribeToAll(options?: SubscribeToAllOptions): Subscription;
  subscribeToStream(streamId: string, options?: SubscribeToStreamOptions): Subscription;
  /** Position of the last event in the log, or null when it is empty. */
  headPosition(): Promise<Position | null>;
  close(): Promise<void>;
}
