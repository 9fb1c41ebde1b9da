import {
  AllStreamResolvedEvent,
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  NO_STREAM,
  ResolvedEvent,
  START,
  StreamNotFoundError,
} from '@eventstore/db-client';
import { EventIdConflictError, WrongExpectedRevisionError } from '../port/errors';
import {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  LogFilter,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
  SubscribeToStreamOptions,
  Subscription,
} from '../port/event-store';
import { ExpectedRevision } from '../port/expected-revision';
import { Position, comparePositions, formatPosition, parsePosition } from '../port/position';
import { decideAppend } from './append-decision';
import { writtenOrRefused } from './append-outcome';
import { BoundedCalls } from './bounded-calls';
import { ChainedEvent, chainNewEvents } from './chain-new-events';
import { ClientSubscription } from './client-subscription';
import { toClientConnectionString } from './connection-string';
import { EsdbConnection } from './esdb-connection';
import { toServerEventId } from './event-ids';
import { readFilteredLog } from './filtered-log-read';
import { isNarrowing, isVisibleInLog, toServerFilter } from './log-filter';
import { isSystemEvent, toRecordedEvent } from './recorded-event-mapping';
import { sameContent } from './same-content';
import { StreamState, readStreamState } from './stream-state';
import { StreamStateCache } from './stream-state-cache';

export interface EventStoreDbOptions {
  /** Longest wait for any answer of the server (an append, each item of a read, a subscription's confirmation). */
  deadlineMs?: number;
  /** Source of recordedAt for events appended without one. */
  clock?: () => Date;
}

const DEFAULT_DEADLINE_MS = 10_000;
/** Appends the caller did not check ('any', 'stream_exists') are retried this often when another writer gets in first. */
const APPEND_ATTEMPTS = 5;

/** The EventStore port on EventStoreDB / KurrentDB (gRPC, client 6.x). */
export class EventStoreDbEventStore implements EventStore {
  private readonly states = new StreamStateCache();
  private readonly subscriptions = new Set<ClientSubscription<unknown>>();

  private constructor(
    private readonly connection: EsdbConnection,
    private readonly calls: BoundedCalls,
    private readonly clock: () => Date,
  ) {}

  /**
   * Parses the connection string (esdb://, esdb+discover://, kurrentdb://, kurrent://); the server is
   * first contacted by the first call.
   */
  static async connect(connectionString: string, options: EventStoreDbOptions = {}): Promise<EventStoreDbEventStore> {
    const clientConnectionString = toClientConnectionString(connectionString);
    return EventStoreDbEventStore.withClient(() => EventStoreDBClient.connectionString(clientConnectionString), options);
  }

  /** On clients made by `newClient` (one now, another whenever one stops answering). */
  static withClient(newClient: () => EventStoreDBClient, options: EventStoreDbOptions = {}): EventStoreDbEventStore {
    const connection = new EsdbConnection(newClient);
    const calls = new BoundedCalls(connection, options.deadlineMs ?? DEFAULT_DEADLINE_MS);
    return new EventStoreDbEventStore(connection, calls, options.clock ?? (() => new Date()));
  }

  async append(streamId: string, proposed: EventToAppend[], options: AppendOptions = {}): Promise<AppendResult> {
    const expected = options.expectedRevision ?? 'any';
    const events = proposed.map((event) => ({ ...event, id: toServerEventId(event.id) }));
    const ids = events.map((event) => event.id);
    for (let attempt = 1; ; attempt++) {
      const state = await this.stateForAppend(streamId, ids, expected);
      const decision = decideAppend(streamId, state, ids, expected);
      if (decision.kind === 'reject') throw decision.error;
      if (decision.kind === 'repeat') return this.answerRepeat(streamId, events, decision.firstRevision);
      try {
        return await this.write(streamId, state, events);
      } catch (error) {
        this.states.forget(streamId);
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        if (attempt >= APPEND_ATTEMPTS) throw new WrongExpectedRevisionError(streamId, expected, error.actual);
        // The stream moved between our read and our write: read it again and decide again.
      }
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const direction = options.direction ?? 'forwards';
    if (options.maxCount !== undefined && options.maxCount <= 0) return [];
    const fromRevision = options.fromRevision === undefined ? (direction === 'forwards' ? START : END) : BigInt(options.fromRevision);
    const read = this.calls.read('read stream', (client) =>
      client.readStream(streamId, {
        fromRevision,
        direction: direction === 'forwards' ? FORWARDS : BACKWARDS,
        maxCount: options.maxCount ?? Number.MAX_SAFE_INTEGER,
        // The write side decides on what it reads here: a follower's copy may lag behind the last append.
        requiresLeader: true,
      }),
    );
    const events: RecordedEvent[] = [];
    try {
      for await (const { event } of read) {
        if (event && !isSystemEvent(event)) events.push(toRecordedEvent(event));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const { after = 'start', maxCount = Number.POSITIVE_INFINITY, filter } = options;
    if (maxCount <= 0) return;
    let yielded = 0;
    for await (const recorded of this.readLog(after, filter)) {
      yield recorded;
      if (++yielded >= maxCount) return;
    }
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): Subscription {
    const from = options.from ?? 'start';
    const client = this.connection.client;
    const source = client.subscribeToAll({
      fromPosition: from === 'start' ? START : from === 'end' ? END : parsePosition(from),
      filter: toServerFilter(options.filter),
    });
    return this.track(
      new ClientSubscription<AllStreamResolvedEvent>(
        source,
        ({ event }) => {
          if (!event || !isVisibleInLog(event, options.filter)) return null;
          const recorded = toRecordedEvent(event);
          // Subscriptions start strictly after the position; checked here too, as the port promises it.
          return isAfterStart(recorded.position, from) ? recorded : null;
        },
        this.calls.deadlineMs,
        () => this.connection.replace(client),
      ),
    );
  }

  subscribeToStream(streamId: string, options: SubscribeToStreamOptions = {}): Subscription {
    const from = options.from ?? 'start';
    const client = this.connection.client;
    const source = client.subscribeToStream(streamId, {
      fromRevision: from === 'start' ? START : from === 'end' ? END : BigInt(from),
    });
    return this.track(
      new ClientSubscription<ResolvedEvent>(
        source,
        ({ event }) => {
          if (!event || isSystemEvent(event)) return null;
          const recorded = toRecordedEvent(event);
          return typeof from === 'number' && recorded.revision <= from ? null : recorded;
        },
        this.calls.deadlineMs,
        () => this.connection.replace(client),
      ),
    );
  }

  async headPosition(): Promise<Position | null> {
    const backwards = this.calls.read('read head position', (client) => client.readAll({ fromPosition: END, direction: BACKWARDS }));
    for await (const { event } of backwards) {
      if (event && isVisibleInLog(event)) return toRecordedEvent(event).position;
    }
    return null;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.connection.close();
  }

  /**
   * The log after `after`: through a filtered subscription up to the current head when the filter
   * narrows (the server leaves out every other event), else a plain read without the server's events.
   */
  private async *readLog(after: Position | 'start', filter: LogFilter | undefined): AsyncGenerator<RecordedEvent> {
    if (isNarrowing(filter)) {
      const head = await this.lastPositionInLog();
      if (head === null || (after !== 'start' && comparePositions(head, after) <= 0)) return;
      yield* readFilteredLog(this.connection, this.calls.deadlineMs, after, filter as LogFilter, head);
      return;
    }
    // Reads include the event at fromPosition.
    const read = this.calls.read('read all', (client) =>
      client.readAll({ fromPosition: after === 'start' ? START : parsePosition(after), direction: FORWARDS }),
    );
    for await (const { event } of read) {
      if (!event || !isVisibleInLog(event)) continue;
      const recorded = toRecordedEvent(event);
      if (after === 'start' || comparePositions(recorded.position, after) > 0) yield recorded;
    }
  }

  /** Position of the log's last event, the server's own included. */
  private async lastPositionInLog(): Promise<Position | null> {
    const backwards = this.calls.read('read head position', (client) => client.readAll({ fromPosition: END, direction: BACKWARDS, maxCount: 1 }));
    for await (const { event } of backwards) {
      if (event?.position) return formatPosition(event.position);
    }
    return null;
  }

  /** The cached state when the caller's expectation decides a write on it, else the stream read afresh. */
  private async stateForAppend(streamId: string, ids: string[], expected: ExpectedRevision): Promise<StreamState> {
    const cached = this.states.get(streamId);
    // Only a decision to write may rest on the cache: the server checks the exact revision we send.
    // Any other answer (a conflict, a repeat) must come from the stream as it is now.
    if (cached && decideAppend(streamId, cached, ids, expected).kind === 'write') return cached;
    return readStreamState(this.calls, streamId);
  }

  /**
   * Writes the events after the stream's last one, with that exact revision expected. The server
   * answers an append of ids it already holds right after that revision as a success, without writing
   * and without comparing content: whether the stream holds our events or another writer's is read
   * back from the stream.
   */
  private async write(streamId: string, state: StreamState, events: EventToAppend[]): Promise<AppendResult> {
    const chained = chainNewEvents(streamId, state, events, this.clock().toISOString());
    const expectedRevision = state.lastRevision === null ? NO_STREAM : BigInt(state.lastRevision);
    const answer = await this.calls.request('append', (client) =>
      client.appendToStream(
        streamId,
        chained.map((event) => ({ ...event, contentType: 'application/json' as const })),
        { expectedRevision, deadline: this.calls.deadlineMs },
      ),
    );
    const result = writtenOrRefused(answer, streamId, expectedRevision);
    const firstRevision = (state.lastRevision ?? -1) + 1;
    const nextRevision = firstRevision + chained.length - 1;
    if (!result.position || !(await this.holdsLast(streamId, nextRevision, chained))) {
      this.states.forget(streamId);
      return this.answerRepeat(streamId, events, firstRevision);
    }
    this.states.set(streamId, {
      lastRevision: nextRevision,
      lastHash: chained[chained.length - 1].metadata.hash,
      eventIds: [...state.eventIds, ...chained.map((event) => event.id)],
    });
    return { nextRevision, position: formatPosition(result.position) };
  }

  /** True when the stream's event at `revision` is the last of `sent`, to the byte (its hash covers the batch and the chain). */
  private async holdsLast(streamId: string, revision: number, sent: ChainedEvent[]): Promise<boolean> {
    const [stored] = await this.readStream(streamId, { fromRevision: revision, maxCount: 1 });
    return stored !== undefined && stored.metadata.hash === sent[sent.length - 1].metadata.hash;
  }

  /** The batch's ids are in the stream from `firstRevision` on: the original result if the content matches, else a conflict. */
  private async answerRepeat(streamId: string, events: EventToAppend[], firstRevision: number): Promise<AppendResult> {
    const stored = await this.readStream(streamId, { fromRevision: firstRevision, maxCount: events.length });
    events.forEach((event, i) => {
      const original = stored[i];
      if (original?.id !== event.id)
        throw new Error(`${streamId} does not hold event ${event.id} at revision ${firstRevision + i}, where the server placed it`);
      if (!sameContent(original, event)) throw new EventIdConflictError(event.id, streamId, streamId);
    });
    const last = stored[events.length - 1];
    return { nextRevision: last.revision, position: last.position, alreadyRecorded: true };
  }

  private track<T>(subscription: ClientSubscription<T>): Subscription {
    const tracked = subscription as ClientSubscription<unknown>;
    this.subscriptions.add(tracked);
    subscription.onClosed(() => this.subscriptions.delete(tracked));
    return subscription;
  }
}

function isAfterStart(position: Position, from: Position | 'start' | 'end'): boolean {
  return from === 'start' || from === 'end' || comparePositions(position, from) > 0;
}
