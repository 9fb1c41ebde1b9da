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
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { checkCommit } from './commit-check';
import { ProposedWireEvent, WireEvent, fromWire, toWire } from './wire-event';

export interface InMemoryEsdbClientOptions {
  /** As the connection string option: false resolves a refused append with success: false instead of throwing. */
  throwOnAppendFailure?: boolean;
  /**
   * As a client whose node preference sends reads to a follower: stream reads that do not require the
   * leader miss this many of the log's newest events.
   */
  followerLag?: number;
}

/** Each event takes this much room in the fake transaction log; commit and prepare positions are equal. */
const POSITION_STEP = 64n;

/**
 * A stand-in for the 6.x client over an in-memory log, following EventStoreDB's rules: expected
 * revisions checked as the server does (an append of events already there at the expected place is
 * a success that writes nothing), event ids held as lower-case GUIDs, data and metadata held as JSON
 * text and decoded on every read as the client does, reads that include their start, subscriptions
 * that start strictly after theirs, confirm before sending events and say when they caught up,
 * server-side filters with checkpoints, and a system stream of its own. It checks the adapter's logic without a server; it says nothing about the wire.
 */
export class InMemoryEsdbClient {
  private readonly log: WireEvent[] = [];
  private readonly streams = new Map<string, WireEvent[]>();
  private readonly appended = new EventEmitter().setMaxListeners(0);
  private readonly throwOnAppendFailure: boolean;
  private readonly followerLag: number;

  constructor({ throwOnAppendFailure = true, followerLag = 0 }: InMemoryEsdbClientOptions = {}) {
    this.throwOnAppendFailure = throwOnAppendFailure;
    this.followerLag = followerLag;
  }

  asClient(): EventStoreDBClient {
    return this as unknown as EventStoreDBClient;
  }

  async appendToStream(
    streamName: string,
    events: EventData | EventData[],
    { expectedRevision = ANY }: { expectedRevision?: AppendExpectedRevision } = {},
  ): Promise<{ success: boolean; nextExpectedRevision: bigint; position?: Position }> {
    await Promise.resolve();
    const proposed = (Array.isArray(events) ? events : [events]).map(toWire);
    const stream = this.streams.get(streamName) ?? [];
    const check = checkCommit(
      stream.map((e) => e.id),
      expectedRevision,
      proposed.map((e) => e.id),
    );
    if (check.decision === 'wrong-expected-version') {
      const current = stream.length === 0 ? NO_STREAM : BigInt(stream.length - 1);
      if (!this.throwOnAppendFailure) return { success: false, nextExpectedRevision: current === NO_STREAM ? -1n : current, position: undefined };
      throw new WrongExpectedVersionError(undefined, { streamName, expected: expectedRevision, current });
    }
    if (check.decision === 'idempotent') {
      const last = stream[check.lastRevision];
      return { success: true, nextExpectedRevision: last.revision, position: last.position };
    }
    for (const event of proposed) this.record(streamName, event);
    const last = this.streams.get(streamName)!.at(-1)!;
    return { success: true, nextExpectedRevision: last.revision, position: last.position };
  }

  /** An event the server writes itself, in a system stream. */
  recordSystemEvent(): void {
    this.record('$stats-127.0.0.1:2113', toWire({ id: randomUUID(), contentType: 'application/json', type: '$statsCollected', data: {}, metadata: {} }));
  }

  /** An event marked as JSON whose data is this text, as another writer (or an altered log) may leave it. */
  recordRawJsonEvent(streamName: string, type: string, dataText: string): void {
    this.record(streamName, { id: randomUUID(), type, contentType: 'application/json', data: Buffer.from(dataText), metadata: new Uint8Array() });
  }

  readStream(
    streamName: string,
    {
      fromRevision = START,
      direction,
      maxCount = Number.MAX_SAFE_INTEGER,
      requiresLeader = false,
    }: { fromRevision?: ReadRevision; direction?: string; maxCount?: number | bigint; requiresLeader?: boolean } = {},
  ) {
    const lag = requiresLeader ? 0 : this.followerLag;
    const newest = this.log.at(-1 - lag)?.position.commit ?? -1n;
    const stream = this.streams.get(streamName)?.filter((event) => lag === 0 || event.position.commit <= newest);
    if (!stream?.length) return this.failingRead(new StreamNotFoundError(undefined, streamName));
    const backwards = direction === BACKWARDS;
    const from =
      fromRevision === START ? (backwards ? -1n : 0n) : fromRevision === END ? (backwards ? BigInt(stream.length - 1) : BigInt(stream.length)) : fromRevision;
    const selected = backwards ? stream.filter((e) => e.revision <= from).reverse() : stream.filter((e) => e.revision >= from);
    return this.finiteRead(selected.slice(0, Number(maxCount)));
  }

  readAll({
    fromPosition = START,
    direction,
    maxCount = Number.MAX_SAFE_INTEGER,
  }: { fromPosition?: ReadPosition; direction?: string; maxCount?: number | bigint } = {}) {
    let selected: WireEvent[];
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
    const start = fromPosition === START ? null : fromPosition === END ? (this.log.at(-1)?.position ?? null) : fromPosition;
    return this.subscription(
      (event) => (start === null || compare(event.position, start) > 0) && passes(event, filter),
      () => this.log,
      (output) => {
        // As a filtered subscription of the server: where its search got to, then that it caught up.
        const end = this.log.at(-1)?.position;
        if (end && filter?.checkpointReached) void filter.checkpointReached(output as never, end);
        output.emit('caughtUp');
      },
    );
  }

  subscribeToStream(streamName: string, { fromRevision = START }: { fromRevision?: ReadRevision } = {}) {
    const stream = () => this.streams.get(streamName) ?? [];
    const start = fromRevision === START ? -1n : fromRevision === END ? BigInt(stream().length - 1) : fromRevision;
    return this.subscription((event) => event.streamId === streamName && event.revision > start, stream);
  }

  async dispose(): Promise<void> {}

  private record(streamId: string, proposed: ProposedWireEvent): void {
    const stream = this.streams.get(streamId) ?? [];
    this.streams.set(streamId, stream);
    const previous = this.log.at(-1)?.position.commit ?? 0n;
    const position = { commit: previous + POSITION_STEP, prepare: previous + POSITION_STEP };
    const event: WireEvent = { ...proposed, streamId, revision: BigInt(stream.length), created: new Date(), position };
    stream.push(event);
    this.log.push(event);
    this.appended.emit('event', event);
  }

  private finiteRead(events: WireEvent[]) {
    const read = Object.assign(new PassThrough({ objectMode: true }), { cancel: async () => void read.destroy() });
    setImmediate(() => {
      events.forEach((event) => read.write({ event: fromWire(event) }));
      read.end();
    });
    return read;
  }

  private failingRead(error: Error) {
    const read = Object.assign(new PassThrough({ objectMode: true }), { cancel: async () => void read.destroy() });
    setImmediate(() => read.destroy(error));
    return read;
  }

  private subscription(
    wanted: (event: WireEvent) => boolean,
    past: () => WireEvent[],
    caughtUp: (output: PassThrough) => void = (output) => output.emit('caughtUp'),
  ) {
    const output = Object.assign(new PassThrough({ objectMode: true }), {
      unsubscribe: async () => {
        this.appended.off('event', onLive);
        output.end();
      },
    });
    const onLive = (event: WireEvent) => {
      if (wanted(event)) output.write({ event: fromWire(event) });
    };
    setImmediate(() => {
      output.emit('confirmation');
      past()
        .filter(wanted)
        .forEach((event) => output.write({ event: fromWire(event) }));
      caughtUp(output);
      this.appended.on('event', onLive);
    });
    return output;
  }
}

function compare(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  return a.prepare === b.prepare ? 0 : a.prepare < b.prepare ? -1 : 1;
}

function passes(event: WireEvent, filter: Filter | undefined): boolean {
  if (!filter) return true;
  const subject = filter.filterOn === 'streamName' ? event.streamId : event.type;
  return 'prefixes' in filter ? filter.prefixes.some((prefix) => subject.startsWith(prefix)) : new RegExp(filter.regex).test(subject);
}
