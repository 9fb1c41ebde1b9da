import { Writable } from 'node:stream';
import type { Position } from '@ledger/event-store';
import { BoundedWriter } from './bounded-writer';
import { FlushScheduler } from './flush-scheduler';
import { LiveFeed } from './live-feed';
import { LiveGroup } from './live-group';
import { LiveFailure, LiveSession, LiveSessionOptions } from './live-session';
import { StreamFilter, StreamSelection } from './stream-filter';
import { WireFormat } from './wire-format';

export interface LiveHubOptions {
  /** A comment (SSE) or an empty line (NDJSON) this often, so idle connections stay open through proxies. */
  heartbeatMs: number;
  /** Messages a client may leave unread before it is cut off. */
  maxPendingMessages: number;
  /** Messages are written to every client at most once per this many ms (0: once per turn of the event loop). */
  flushWindowMs?: number;
  /** Live events held per client while it catches up from history. */
  maxBufferedWhileCatchingUp?: number;
  /** How long a stream being ended may take to flush before its connection is dropped. */
  endGraceMs: number;
  describeFailure: (failure: LiveFailure) => object;
}

export interface LiveStreamRequest {
  /** Strictly after this position, or 'start'; absent for live only. */
  from?: Position | 'start';
  selection: StreamSelection;
  format: WireFormat;
}

/** Every open live stream of the process, fed by one LiveFeed, with one heartbeat timer for all. */
export class LiveHub {
  private readonly sessions = new Set<LiveSession>();
  /** Live-only clients by selection and format. */
  private readonly groups = new Map<string, LiveGroup>();
  private readonly scheduler: FlushScheduler;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly feed: LiveFeed,
    private readonly options: LiveHubOptions,
  ) {
    this.scheduler = new FlushScheduler(options.flushWindowMs ?? 0);
    this.heartbeat = setInterval(() => this.sessions.forEach((session) => session.heartbeat()), options.heartbeatMs).unref();
  }

  get openStreams(): number {
    return this.sessions.size;
  }

  /**
   * Streams the request's events to `out`, whose headers the caller has written; stops when `out` closes.
   * A client that reads history first follows the feed alone; a live-only one joins the group of its
   * selection and format.
   */
  open(out: Writable, request: LiveStreamRequest): LiveSession {
    const writer = new BoundedWriter(out, this.options.maxPendingMessages, this.scheduler);
    const fellBehind = () => session.end({ reason: 'slow-consumer', pending: writer.pending });
    const { from } = request;
    const events: LiveSessionOptions['events'] =
      from === undefined
        ? () => this.groupOf(request).join(writer, fellBehind)
        : (ready) => this.feed.follow({ from, filter: new StreamFilter(request.selection), ready, maxBuffered: this.options.maxBufferedWhileCatchingUp });
    const session: LiveSession = new LiveSession({
      events,
      writer,
      format: request.format,
      describeFailure: this.options.describeFailure,
      endGraceMs: this.options.endGraceMs,
      onEnded: (ended) => this.sessions.delete(ended),
    });
    this.sessions.add(session);
    out.once('close', () => session.end());
    session.start();
    return session;
  }

  private groupOf({ selection, format }: LiveStreamRequest): LiveGroup {
    const filter = new StreamFilter(selection);
    const key = `${format.contentType}\u0000${filter.key}`;
    const known = this.groups.get(key);
    if (known) return known;
    let open = true;
    const group = new LiveGroup(this.feed.events$, filter, format, this.scheduler, (closed) => {
      open = false;
      if (this.groups.get(key) === closed) this.groups.delete(key);
    });
    if (open) this.groups.set(key, group);
    return group;
  }

  /** Ends every stream (a clean end, no error message) and stops the heartbeat. */
  closeAll(graceMs: number): void {
    clearInterval(this.heartbeat);
    for (const session of [...this.sessions]) session.end(undefined, graceMs);
  }
}
