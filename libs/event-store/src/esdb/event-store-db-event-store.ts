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
import { claimEventIds } from './event-id-claims';
import { toServerEventId } from './event-ids';
import { isVisibleInLog, toSubscriptionFilter } from './log-filter';
import { isSystemEvent, toRecordedEvent } from './recorded-event-mapping';
import { fromClientRevision } from './revision-mapping';
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
    const claimed = new Set<string>();
    let claimedBefore = false;
    for (let attempt = 1; ; attempt++) {
      const state = await this.stateForAppend(streamId, events, expected);
      const decision = decideAppend(streamId, state, events.map((e) => e.id), expected);
      if (decision.kind === 'reject') throw decision.error;
      if (decision.kind === 'repeat') return this.answerRepeat(streamId, events, decision.revisions);

      const unclaimed = events.map((e) => e.id).filter((id) => !claimed.has(id));
      if (await claimEventIds(this.calls, streamId, unclaimed)) claimedBefore = true;
      unclaimed.forEach((id) => claimed.add(id));
      try {
        return await this.write(streamId, state, events, claimedBefore);
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
    // The 6.x client has no server-side filter for reads, and reads include the event at fromPosition.
    const read = this.calls.read('read all', (client) =>
      client.readAll({ fromPosition: after === 'start' ? START : parsePosition(after), direction: FORWARDS }),
    );
    let yielded = 0;
    for await (const { event } of read) {
      if (!event || !isVisibleInLog(event, filter)) continue;
      const recorded = toRecordedEvent(event);
      if (after !== 'start' && comparePositions(recorded.position, after) <= 0) continue;
      yield recorded;
      if (++yielded >= maxCount) return;
    }
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): Subscription {
    const from = options.from ?? 'start';
    const client = this.connection.client;
    const source = client.subscribeToAll({
      fromPosition: from === 'start' ? START : from === 'end' ? END : parsePosition(from),
      filter: toSubscriptionFilter(options.filter),
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

  /** The cached state when the caller's exact expectation matches it, else the stream read afresh. */
  private async stateForAppend(streamId: string, events: EventToAppend[], expected: ExpectedRevision): Promise<StreamState> {
    const cached = this.states.get(streamId);
    // Only a decision to write may rest on the cache: the server checks the exact revision we send.
    // Any other answer (a conflict, a repeat) must come from the stream as it is now.
    if (cached && decideAppend(streamId, cached, events.map((e) => e.id), expected).kind === 'write') return cached;
    return readStreamState(this.calls, streamId);
  }

  /**
   * Writes the events after the stream's last one. When they may have been written before (`mayBeRepeat`),
   * the answer comes from the stream: the server answers an append of ids it already holds right after
   * the expected revision as a success, without writing and without comparing content.
   */
  private async write(streamId: string, state: StreamState, events: EventToAppend[], mayBeRepeat: boolean): Promise<AppendResult> {
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
    if (!result.position) throw new Error('the server did not report a log position: EventStoreDB 22.6 or later is required');
    const nextRevision = fromClientRevision(result.nextExpectedRevision);
    if (mayBeRepeat) {
      this.states.forget(streamId);
      return this.answerRepeat(streamId, events, events.map((_, i) => nextRevision - events.length + 1 + i), chained);
    }
    const revisionsById = new Map(state.revisionsById);
    chained.forEach((event, i) => revisionsById.set(event.id, nextRevision - chained.length + 1 + i));
    this.states.set(streamId, { lastRevision: nextRevision, lastHash: chained[chained.length - 1].metadata.hash, revisionsById });
    return { nextRevision, position: formatPosition(result.position) };
  }

  /**
   * Every id is already in the stream: the original result if the content matches, else a conflict.
   * `sent` is what this call itself just sent; the stream holding exactly those links means it wrote them.
   */
  private async answerRepeat(streamId: string, events: EventToAppend[], revisions: number[], sent?: ChainedEvent[]): Promise<AppendResult> {
    const first = Math.min(...revisions);
    const stored = await this.readStream(streamId, { fromRevision: first, maxCount: Math.max(...revisions) - first + 1 });
    const byId = new Map(stored.map((event) => [event.id, event]));
    for (const event of events) {
      const original = byId.get(event.id);
      if (!original || !sameContent(original, event)) throw new EventIdConflictError(event.id, streamId, streamId);
    }
    const last = byId.get(events[events.length - 1].id) as RecordedEvent;
    const wroteThem = sent !== undefined && sent.every((event) => byId.get(event.id)?.metadata.hash === event.metadata.hash);
    return wroteThem ? { nextRevision: last.revision, position: last.position } : { nextRevision: last.revision, position: last.position, alreadyRecorded: true };
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
