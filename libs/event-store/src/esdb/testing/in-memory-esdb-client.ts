import {
  ANY,
  AppendExpectedRevision,
  BACKWARDS,
  END,
  EventData,
  EventStoreDBClient,
  Filter,
  NO_STREAM,
  Position,
  ReadPosition,
  ReadRevision,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';

/** An event as the client returns it (only the fields the adapter reads). */
interface StoredEvent {
  streamId: string;
  id: string;
  isJson: true;
  revision: bigint;
  type: string;
  created: Date;
  data: unknown;
  metadata: unknown;
  position: Position;
}

/** Each event takes this much room in the fake transaction log; commit and prepare positions are equal. */
const POSITION_STEP = 64n;

/**
 * A stand-in for the 6.x client over an in-memory log, following EventStoreDB's documented rules:
 * exact expected revisions, reads that include their start, subscriptions that start strictly after
 * theirs and confirm before sending events, server-side filters, and a system stream of its own.
 * It checks the adapter's logic without a server; it says nothing about the wire.
 */
export class InMemoryEsdbClient {
  private readonly log: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly appended = new EventEmitter().setMaxListeners(0);

  asClient(): EventStoreDBClient {
    return this as unknown as EventStoreDBClient;
  }

  async appendToStream(
    streamName: string,
    events: EventData | EventData[],
    { expectedRevision = ANY }: { expectedRevision?: AppendExpectedRevision } = {},
  ): Promise<{ success: true; nextExpectedRevision: bigint; position: Position }> {
    await Promise.resolve();
    const stream = this.streams.get(streamName) ?? [];
    const current = stream.length === 0 ? NO_STREAM : BigInt(stream.length - 1);
    const accepted =
      expectedRevision === ANY ||
      (expectedRevision === NO_STREAM && current === NO_STREAM) ||
      (expectedRevision === STREAM_EXISTS && current !== NO_STREAM) ||
      expectedRevision === current;
    if (!accepted) throw new WrongExpectedVersionError(undefined, { streamName, expected: expectedRevision, current });

    for (const event of Array.isArray(events) ? events : [events]) this.record(streamName, event.id, event.type, event.data, event.metadata);
    const last = this.streams.get(streamName)!.at(-1)!;
    return { success: true, nextExpectedRevision: last.revision, position: last.position };
  }

  /** An event the server writes itself, in a system stream. */
  recordSystemEvent(): void {
    this.record('$stats-127.0.0.1:2113', randomUUID(), '$statsCollected', {}, {});
  }

  readStream(
    streamName: string,
    { fromRevision = START, direction, maxCount = Number.MAX_SAFE_INTEGER }: { fromRevision?: ReadRevision; direction?: string; maxCount?: number | bigint } = {},
  ) {
    const stream = this.streams.get(streamName);
    if (!stream) return this.failingRead(new StreamNotFoundError(undefined, streamName));
    const backwards = direction === BACKWARDS;
    const from = fromRevision === START ? (backwards ? -1n : 0n) : fromRevision === END ? (backwards ? BigInt(stream.length - 1) : BigInt(stream.length)) : fromRevision;
    const selected = backwards ? stream.filter((e) => e.revision <= from).reverse() : stream.filter((e) => e.revision >= from);
    return this.finiteRead(selected.slice(0, Number(maxCount)));
  }

  readAll({ fromPosition = START, direction, maxCount = Number.MAX_SAFE_INTEGER }: { fromPosition?: ReadPosition; direction?: string; maxCount?: number | bigint } = {}) {
    let selected: StoredEvent[];
    if (direction === BACKWARDS) {
      if (fromPosition === START) selected = [];
      else selected = this.log.filter((e) => fromPosition === END || compare(e.position, fromPosition) <= 0).reverse();
    } else {
      if (fromPosition === END) selected = [];
      else selected = this.log.filter((e) => fromPosition === START || compare(e.position, fromPosition) >= 0);
    }
    return this.finiteRead(selected.slice(0, Number(maxCount)));
  }

  subscribeToAll({ fromPosition = START, filter }: { fromPosition?: ReadPosition; filter?: Filter } = {}) {
    const start = fromPosition === START ? null : fromPosition === END ? this.log.at(-1)?.position ?? null : fromPosition;
    return this.subscription(
      (event) => (start === null || compare(event.position, start) > 0) && passes(event, filter),
      () => this.log,
    );
  }

  subscribeToStream(streamName: string, { fromRevision = START }: { fromRevision?: ReadRevision } = {}) {
    const stream = () => this.streams.get(streamName) ?? [];
    const start = fromRevision === START ? -1n : fromRevision === END ? BigInt(stream().length - 1) : fromRevision;
    return this.subscription((event) => event.streamId === streamName && event.revision > start, stream);
  }

  async dispose(): Promise<void> {}

  private record(streamId: string, id: string, type: string, data: unknown, metadata: unknown): void {
    const stream = this.streams.get(streamId) ?? [];
    this.streams.set(streamId, stream);
    const previous = this.log.at(-1)?.position.commit ?? 0n;
    const position = { commit: previous + POSITION_STEP, prepare: previous + POSITION_STEP };
    const event: StoredEvent = {
      streamId, id, isJson: true, revision: BigInt(stream.length), type, created: new Date(),
      data: structuredClone(data), metadata: metadata === undefined ? undefined : structuredClone(metadata), position,
    };
    stream.push(event);
    this.log.push(event);
    this.appended.emit('event', event);
  }

  private finiteRead(events: StoredEvent[]) {
    const read = Object.assign(new PassThrough({ objectMode: true }), { cancel: async () => void read.destroy() });
    setImmediate(() => {
      events.forEach((event) => read.write({ event }));
      read.end();
    });
    return read;
  }

  private failingRead(error: Error) {
    const read = Object.assign(new PassThrough({ objectMode: true }), { cancel: async () => void read.destroy() });
    setImmediate(() => read.destroy(error));
    return read;
  }

  private subscription(wanted: (event: StoredEvent) => boolean, past: () => StoredEvent[]) {
    const output = Object.assign(new PassThrough({ objectMode: true }), {
      unsubscribe: async () => {
        this.appended.off('event', onLive);
        output.end();
      },
    });
    const onLive = (event: StoredEvent) => {
      if (wanted(event)) output.write({ event });
    };
    setImmediate(() => {
      output.emit('confirmation');
      past().filter(wanted).forEach((event) => output.write({ event }));
      this.appended.on('event', onLive);
    });
    return output;
  }
}

function compare(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  return a.prepare === b.prepare ? 0 : a.prepare < b.prepare ? -1 : 1;
}

function passes(event: StoredEvent, filter: Filter | undefined): boolean {
  if (!filter) return true;
  const subject = filter.filterOn === 'streamName' ? event.streamId : event.type;
  return 'prefixes' in filter ? filter.prefixes.some((prefix) => subject.startsWith(prefix)) : new RegExp(filter.regex).test(subject);
}
