import { LedgerProblemError, problemOf } from './ledger-problem';
import { sleep } from './retry-unavailable';
import { SseMessage, sseMessages } from './sse-messages';

/** A disclosure as the live stream delivers it: the event, with where and when the ledger recorded it. */
export interface LiveDisclosure {
  type: string;
  companyId: string;
  disclosureId?: string;
  revision: number;
  position: string;
  recordedAt: string;
  [field: string]: unknown;
}

/** One message of the live stream: id is the event's log position, event its type. */
export interface LiveEvent {
  id: string;
  event: string;
  data: LiveDisclosure;
}

export interface LiveEventsOptions {
  baseUrl: string;
  /** Only this company's disclosures (its own stream); otherwise the whole log. */
  company?: string;
  /** Only these companies (whole-log stream only). */
  companies?: string[];
  /** Only these event types. */
  types?: string[];
  /** Start strictly after this position, or "start" for the whole log; absent: from now. */
  from?: string;
  headers?: Record<string, string>;
  /** Ends the iteration (without an error). */
  signal?: AbortSignal;
  fetch?: (request: Request) => Promise<Response>;
  /** The first wait before reconnecting, doubled at each failure in a row. Default 250 ms. */
  reconnectDelayMs?: number;
  /** The longest wait before reconnecting. Default 5 s. */
  maxReconnectDelayMs?: number;
  /** No byte for this long (the ledger sends a heartbeat every 15 s) counts as a dead connection. Default 45 s. */
  silenceMs?: number;
  /** Told each time a connection is established, with the position it follows after (undefined: the start of the log). */
  onConnected?: (after: string | undefined) => void;
  /** Told each time a connection is lost, why, and how long until the next attempt. */
  onDropped?: (reason: string, retryInMs: number, after: string | undefined) => void;
}

/**
 * The ledger's live stream as an async iterator. After any drop (a network failure, a restart of the
 * server, a 5xx, a stream the server ended) it reconnects with Last-Event-ID set to the last position
 * received, so the events continue with neither a gap nor a repeat. A request the ledger refuses (a 4xx
 * other than 429) ends the iteration with a LedgerProblemError. Leaving the loop closes the connection.
 */
export async function* liveEvents(options: LiveEventsOptions): AsyncGenerator<LiveEvent> {
  const send = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const firstDelay = options.reconnectDelayMs ?? 250;
  let delay = firstDelay;
  // The position to resume strictly after; "start" until an event (or the server's Stream-After) says more.
  let after = options.from;
  let attempts = 0;
  while (!options.signal?.aborted) {
    // The caller's own start goes in ?from= (a refusal then names it); a resumption in Last-Event-ID.
    const resumeAfter = attempts++ > 0 && after !== undefined && after !== 'start' ? after : undefined;
    const connection = new AbortController();
    const abort = () => connection.abort();
    options.signal?.addEventListener('abort', abort);
    let silence: ReturnType<typeof setTimeout> | undefined;
    const resetSilence = () => {
      clearTimeout(silence);
      silence = setTimeout(abort, options.silenceMs ?? 45_000);
    };
    let reason = 'the server ended the stream';
    try {
      resetSilence();
      const request = new Request(streamUrl(options, resumeAfter === undefined ? after : undefined), {
        headers: requestHeaders(options, resumeAfter),
        signal: connection.signal,
      });
      const response = await send(request);
      if (response.status >= 400 && response.status < 500 && response.status !== 429) throw new LedgerProblemError(await problemOf(response));
      if (response.status !== 200 || !response.body) {
        await response.body?.cancel();
        throw new Error(`the ledger answered ${response.status}`);
      }
      // Live from now: remember where "now" was, so that a reconnection before the first event misses nothing.
      after ??= response.headers.get('stream-after') ?? undefined;
      options.onConnected?.(after === 'start' ? undefined : after);
      for await (const message of sseMessages(chunksOf(response.body), resetSilence)) {
        if (message.event === 'error') {
          reason = `the server ended the stream: ${describeEnd(message)}`;
          break;
        }
        const event = toLiveEvent(message);
        after = event.id;
        delay = firstDelay;
        yield event;
      }
    } catch (error) {
      if (error instanceof LedgerProblemError) throw error;
      if (options.signal?.aborted) return;
      reason = describeFailure(error);
    } finally {
      clearTimeout(silence);
      options.signal?.removeEventListener('abort', abort);
      connection.abort();
    }
    if (options.signal?.aborted) return;
    options.onDropped?.(reason, delay, after === 'start' ? undefined : after);
    await sleep(delay, options.signal).catch(() => undefined);
    delay = Math.min(delay * 2, options.maxReconnectDelayMs ?? 5_000);
  }
}

/** A body's chunks read through its reader, so that browsers without async iteration of streams can follow too. */
async function* chunksOf(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

function streamUrl(options: LiveEventsOptions, from: string | undefined): string {
  const path = options.company ? `/v1/streams/companies/${encodeURIComponent(options.company)}` : '/v1/streams/all';
  const query = new URLSearchParams();
  if (options.types?.length) query.set('types', options.types.join(','));
  if (options.companies?.length) query.set('companies', options.companies.join(','));
  if (from !== undefined) query.set('from', from);
  const search = query.toString();
  return `${options.baseUrl.replace(/\/+$/, '')}${path}${search ? `?${search}` : ''}`;
}

/** Last-Event-ID as a browser's EventSource sends it on reconnection: the position to resume strictly after. */
function requestHeaders(options: LiveEventsOptions, resumeAfter: string | undefined): Record<string, string> {
  const headers: Record<string, string> = { ...options.headers, accept: 'text/event-stream' };
  if (resumeAfter !== undefined) headers['last-event-id'] = resumeAfter;
  return headers;
}

function toLiveEvent(message: SseMessage): LiveEvent {
  const data = JSON.parse(message.data) as LiveDisclosure;
  return { id: message.id ?? data.position, event: message.event, data };
}

function describeEnd(message: SseMessage): string {
  try {
    const problem = JSON.parse(message.data) as { title?: string; detail?: string };
    return [problem.title, problem.detail].filter(Boolean).join(': ') || message.data;
  } catch {
    return message.data;
  }
}

function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'AbortError') return 'no byte from the server in time';
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? error.message;
}
