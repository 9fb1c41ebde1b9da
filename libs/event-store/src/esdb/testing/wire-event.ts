import { EventData, Position, RecordedEvent } from '@eventstore/db-client';

/** An event as the server holds it: data and metadata as bytes, the id as the GUID text the server writes. */
export interface WireEvent {
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  contentType: string;
  data: Uint8Array;
  metadata: Uint8Array;
  created: Date;
  position: Position;
}

export type ProposedWireEvent = Pick<WireEvent, 'id' | 'type' | 'contentType' | 'data' | 'metadata'>;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the 6.x client sends for an event (JSON.stringify of data and of truthy metadata), as the server keeps it. */
export function toWire(event: EventData): ProposedWireEvent {
  // The server parses every id as a GUID and writes it back in lower case.
  if (!GUID.test(event.id)) throw new Error(`the server cannot parse event id ${JSON.stringify(event.id)} as a GUID`);
  const data = event.contentType === 'application/json' ? Buffer.from(JSON.stringify(event.data)) : event.data;
  const metadata = !event.metadata
    ? new Uint8Array()
    : event.metadata.constructor === Uint8Array
      ? event.metadata
      : Buffer.from(JSON.stringify(event.metadata));
  return { id: event.id.toLowerCase(), type: event.type, contentType: event.contentType, data, metadata };
}

/** The event as the 6.x client's convertGrpcRecord returns it: decoded afresh on every read. */
export function fromWire(event: WireEvent): RecordedEvent {
  const isJson = event.contentType === 'application/json';
  const text = Buffer.from(event.data).toString('utf8');
  return {
    streamId: event.streamId,
    id: event.id,
    revision: event.revision,
    type: event.type,
    // Data marked as JSON that does not parse comes back as its text; unparseable metadata as its bytes.
    data: isJson ? parseOr(text, () => text) : event.data,
    metadata: event.metadata.length === 0 ? undefined : parseOr(Buffer.from(event.metadata).toString('utf8'), () => event.metadata),
    isJson,
    created: event.created,
    position: event.position,
  } as unknown as RecordedEvent;
}

function parseOr(text: string, fallback: () => unknown): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return fallback();
  }
}
