import { NDJSON, SSE, WireFormat } from '@ledger/live';

/** NDJSON when the client asks for it, Server-Sent Events otherwise (what browsers' EventSource sends). */
export function wireFormatFor(accept: string | undefined): WireFormat {
  const wanted = (accept ?? '').toLowerCase();
  const ndjson = /application\/(x-)?ndjson/.test(wanted);
  return ndjson && !wanted.includes('text/event-stream') ? NDJSON : SSE;
}
