import { RecordedEvent } from '@ledger/event-store';
import { toLiveDisclosure } from './live-message';

/** How messages are written on the wire. Every client of a format gets the same bytes for an event. */
export interface WireFormat {
  readonly contentType: string;
  /** Written once, right after the headers. */
  readonly opening: Buffer;
  readonly heartbeat: Buffer;
  event(event: RecordedEvent): Buffer;
  /** The last message before the server closes the stream, saying why. */
  error(problem: object): Buffer;
}

// Keyed by the event object the shared feed hands to every client: each event is serialised once.
const dataJson = new WeakMap<RecordedEvent, string>();

function dataJsonOf(event: RecordedEvent): string {
  let json = dataJson.get(event);
  if (json === undefined) {
    json = JSON.stringify(toLiveDisclosure(event));
    dataJson.set(event, json);
  }
  return json;
}

function memoized(encode: (event: RecordedEvent) => string): (event: RecordedEvent) => Buffer {
  const cache = new WeakMap<RecordedEvent, Buffer>();
  return (event) => {
    let bytes = cache.get(event);
    if (bytes === undefined) {
      bytes = Buffer.from(encode(event));
      cache.set(event, bytes);
    }
    return bytes;
  };
}

/** Server-Sent Events: JSON never holds a raw line break, so each field fits on one line. */
export const SSE: WireFormat = {
  contentType: 'text/event-stream; charset=utf-8',
  // Tells EventSource how long to wait before reconnecting with Last-Event-ID.
  opening: Buffer.from('retry: 1000\n\n'),
  heartbeat: Buffer.from(': heartbeat\n\n'),
  event: memoized((event) => `id: ${event.position}\nevent: ${event.type}\ndata: ${dataJsonOf(event)}\n\n`),
  error: (problem) => Buffer.from(`event: error\ndata: ${JSON.stringify(problem)}\n\n`),
};

/** Newline-delimited JSON, one {id, event, data} object a line; a heartbeat is an empty line. */
export const NDJSON: WireFormat = {
  contentType: 'application/x-ndjson',
  opening: Buffer.alloc(0),
  heartbeat: Buffer.from('\n'),
  event: memoized((event) => `{"id":${JSON.stringify(event.position)},"event":${JSON.stringify(event.type)},"data":${dataJsonOf(event)}}\n`),
  error: (problem) => Buffer.from(`${JSON.stringify({ event: 'error', data: problem })}\n`),
};
