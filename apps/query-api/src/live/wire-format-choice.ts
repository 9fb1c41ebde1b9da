import { NDJSON, SSE, WireFormat } from '@ledger/live';
import { preferredOffer } from './media-negotiation';

/** Server-Sent Events first: a client without a preference (no Accept, or any type) gets them. */
const OFFERS = [
  { value: SSE, mediaTypes: ['text/event-stream'] },
  { value: NDJSON, mediaTypes: ['application/x-ndjson', 'application/ndjson'] },
];

export const OFFERED_MEDIA_TYPES = OFFERS.flatMap((offer) => offer.mediaTypes);

/** The wire format the client prefers by its Accept header; undefined when it accepts neither. */
export function wireFormatFor(accept: string | undefined): WireFormat | undefined {
  return preferredOffer(accept, OFFERS);
}
