import type Database from 'better-sqlite3';
import { setImmediate as nextTurnOfEventLoop } from 'node:timers/promises';
import {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
  SubscribeToStreamOptions,
  Subscription,
} from '../port/event-store';
import { Position, parsePosition } from '../port/position';
import { existsSync } from 'node:fs';
import { ConnectionSettings, SynchronousMode, openConnection, openReadingConnection, readConnectionSettings } from './connection';
import { followPages } from './follow-pages';
import { LogChangeNotifier } from './log-change-notifier';
import { prepareEvents } from './prepared-event';
import { SCHEMA_VERSION, applySchema } from './schema';
import { storeClosedError, toStoreError } from './sqlite-errors';
import { SqliteLogReader } from './sqlite-log-reader';
import { SqliteSubscription } from './sqlite-subscription';
import { Statements } from './statements';
import { preallocateWal } from './wal-preallocation';
import { AppendWriteThread, WriteStats } from './write-thread/append-write-thread';
import { WriterSetup } from './write-thread/protocol';

export interface SqliteEventStoreOptions {
  /** FULL (default): an acknowledged append survives power loss. NORMAL: it survives a crash of the process. */
  synchronous?: SynchronousMode;
  /** Where recordedAt comes from when the caller gives none. */
  clock?: () => Date;
  /** How often a waiting subscription looks for appends made by other processes. */
  pollIntervalMs?: number;
  /** How long to wait for another process's write lock before StoreUnavailableError. */
  busyTimeoutMs?: number;
  /** The most pages the file may grow to (max_page_count): beyond, appends fail as on a full disk. */
  maxPages?: number;
}

/**
 * Opening a file for reading found no event store in it: the file is missing, is not SQLite, or holds
 * other tables. Trying again cannot help.
 */
export class NoEventStoreError extends Error {
  override readonly name = 'NoEventStoreError';
  constructor(
    readonly file: string,
    /** Why the file holds no event store; null when there is no file. */
    readonly reason: string | null,
    options?: { cause?: unknown },
  ) {
    super(reason === null ? `no event store at ${file}` : `${file} is not an event store: ${reason}`, options);
  }
}

/** Rows read per page by readAll and subscriptions; between pages the event loop runs. */
const PAGE_SIZE = 500;

/**
 * The embedded event store: one SQLite file, safe to share with other processes. Reads run on this
 * thread's connection; appends are committed by a writer thread with a connection of its own, in groups
 * (see AppendWriteThread), so that this thread never waits on a disk sync.
 */
export class SqliteEventStore implements EventStore {
  private readonly statements: Statements;
  private readonly writer: AppendWriteThread | undefined;
  private readonly reader: SqliteLogReader;
  private readonly notifier: LogChangeNotifier;
  private readonly subscriptions = new Set<SqliteSubscription>();
  private readonly clock: () => Date;
  private closed = false;

  static open(file: string, options: SqliteEventStoreOptions = {}): SqliteEventStore {
    let db: Database.Database | undefined;
    try {
      const writerSetup: WriterSetup = {
        file,
        synchronous: options.synchronous ?? 'FULL',
        busyTimeoutMs: options.busyTimeoutMs ?? 5_000,
        maxPages: options.maxPages,
      };
      db = openConnection(file, writerSetup);
      applySchema(db);
      preallocateWal(db, file);
      return new SqliteEventStore(db, options, writerSetup);
    } catch (error) {
      db?.close();
      throw toStoreError(error);
    }
  }

  /**
   * Opens a file that already holds an event store, to read it: a missing file is not created, and
   * nothing in the file is written or changed (a file this process may not write can be read).
   */
  static openForReading(file: string, options: Omit<SqliteEventStoreOptions, 'synchronous'> = {}): SqliteEventStore {
    let db: Database.Database | undefined;
    try {
      db = openReadingConnection(file, options.busyTimeoutMs ?? 5_000);
      checkLayout(db, file);
      return new SqliteEventStore(db, options);
    } catch (error) {
      db?.close();
      throw toStoreError(asNoEventStore(error, file));
    }
  }

  /** Without a writer's setup, the store only reads. */
  private constructor(
    private readonly db: Database.Database,
    options: SqliteEventStoreOptions,
    writerSetup?: WriterSetup,
  ) {
    this.statements = new Statements(db);
    this.reader = new SqliteLogReader(this.statements);
    this.notifier = new LogChangeNotifier(() => this.reader.head(), options.pollIntervalMs ?? 20);
    this.clock = options.clock ?? (() => new Date());
    this.writer = writerSetup && new AppendWriteThread(writerSetup, (head) => this.notifier.appended(head));
  }

  async append(streamId: string, events: EventToAppend[], options: AppendOptions = {}): Promise<AppendResult> {
    this.ensureOpen();
    if (!this.writer) throw new TypeError('this event store was opened for reading: it cannot append');
    if (events.length === 0) throw new RangeError('an append needs at least one event');
    rejectRepeatedIds(events);
    const prepared = prepareEvents(events, () => this.clock().toISOString());
    return this.writer.append(streamId, options.expectedRevision ?? 'any', prepared);
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return this.guard(() => this.reader.readStream(streamId, options));
  }

  readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    return this.readLog(options);
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): Subscription {
    return this.subscribe(() => {
      const start = options.from === 'end' ? (this.reader.head() ?? 0) : sequenceAfter(options.from);
      const readPage = (after: number) => this.guard(() => this.reader.logPage(after, PAGE_SIZE, options.filter));
      return (signal) => followPages(readPage, start, this.notifier, signal);
    });
  }

  subscribeToStream(streamId: string, options: SubscribeToStreamOptions = {}): Subscription {
    return this.subscribe(() => {
      const from = options.from ?? 'start';
      const start = from === 'end' ? this.reader.lastRevision(streamId) : from === 'start' ? -1 : from;
      const readPage = (after: number) => this.guard(() => this.reader.streamPage(streamId, after, PAGE_SIZE));
      return (signal) => followPages(readPage, start, this.notifier, signal);
    });
  }

  async headPosition(): Promise<Position | null> {
    const head = this.guard(() => this.reader.head());
    return head === null ? null : String(head);
  }

  /** The pragmas the store runs with, read back from its reading connection (the writer thread's is opened alike). */
  connectionSettings(): ConnectionSettings {
    return this.guard(() => readConnectionSettings(this.db));
  }

  /** What the writer thread has committed so far (zeros for a store opened for reading). */
  writeStats(): WriteStats {
    return this.writer?.writeStats() ?? { commits: 0, appends: 0, largestGroup: 0 };
  }

  /** Appends already made are committed and answered first. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writer?.close();
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    this.notifier.close();
    this.db.close();
  }

  private async *readLog({ after, maxCount, filter }: ReadAllOptions): AsyncGenerator<RecordedEvent> {
    let cursor = sequenceAfter(after);
    let remaining = maxCount ?? Infinity;
    while (remaining > 0) {
      const page = this.guard(() => this.reader.logPage(cursor, Math.min(PAGE_SIZE, remaining), filter));
      // A loop, not yield*: delegating to an array costs an async generator more per element.
      for (const event of page.events) yield event;
      remaining -= page.events.length;
      if (page.caughtUp) return;
      cursor = page.next;
      await nextTurnOfEventLoop();
    }
  }

  /** `start` runs now, so 'end' means the head at the moment of the call. */
  private subscribe(start: () => (signal: AbortSignal) => AsyncGenerator<RecordedEvent>): Subscription {
    let follow: (signal: AbortSignal) => AsyncGenerator<RecordedEvent>;
    try {
      follow = this.guard(start);
    } catch (error) {
      // eslint-disable-next-line require-yield -- a subscription that fails when first read, as a generator does
      follow = async function* failed() {
        throw error;
      };
    }
    const subscription = new SqliteSubscription(follow, (closed) => this.subscriptions.delete(closed));
    this.subscriptions.add(subscription);
    return subscription;
  }

  private guard<T>(operation: () => T): T {
    this.ensureOpen();
    try {
      return operation();
    } catch (error) {
      throw toStoreError(error);
    }
  }

  private ensureOpen(): void {
    if (this.closed) throw storeClosedError();
  }
}

/** Throws NoEventStoreError unless the file holds the events table of a layout this build reads. */
function checkLayout(db: Database.Database, file: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  const events = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").get();
  if (!events) throw new NoEventStoreError(file, 'it has no events table');
  if (version > SCHEMA_VERSION) throw new NoEventStoreError(file, `it has layout ${version}; this build reads up to ${SCHEMA_VERSION}`);
}

/**
 * The failures of opening for reading that say the file holds no event store. Preparing the store's
 * statements is what checks the events table's columns.
 */
function asNoEventStore(error: unknown, file: string): unknown {
  if (error instanceof NoEventStoreError) return error;
  const { code, message } = error as { code?: unknown; message?: string };
  if (code === 'SQLITE_CANTOPEN' && !existsSync(file)) return new NoEventStoreError(file, null, { cause: error });
  if (code === 'SQLITE_NOTADB') return new NoEventStoreError(file, 'it is not a SQLite database', { cause: error });
  if (code === 'SQLITE_ERROR' && /^no such (column|table)/.test(message ?? '')) {
    return new NoEventStoreError(file, `its events table has another layout (${message})`, { cause: error });
  }
  return error;
}

function rejectRepeatedIds(events: EventToAppend[]): void {
  if (events.length < 2) return;
  const seen = new Set<string>();
  for (const { id } of events) {
    if (seen.has(id)) throw new RangeError(`event id ${id} appears twice in one append`);
    seen.add(id);
  }
}

/** The global sequence a read starts after: 0 for the start. */
function sequenceAfter(from: Position | 'start' | undefined): number {
  return from === undefined || from === 'start' ? 0 : Number(parsePosition(from).commit);
}
