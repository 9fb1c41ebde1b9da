import { parseAccept, preferredOffer } from './media-negotiation';

const OFFERS = [
  { value: 'sse', mediaTypes: ['text/event-stream'] },
  { value: 'ndjson', mediaTypes: ['application/x-ndjson', 'application/ndjson'] },
];

describe('preferredOffer', () => {
  it.each([
    [undefined, 'sse'],
    ['', 'sse'],
    ['*/*', 'sse'],
    ['text/event-stream', 'sse'],
    ['application/x-ndjson', 'ndjson'],
    ['APPLICATION/NDJSON', 'ndjson'],
    ['text/event-stream;q=0.1, application/x-ndjson', 'ndjson'],
    ['application/x-ndjson;q=0.5, text/event-stream;q=0.9', 'sse'],
    ['application/x-ndjson, text/event-stream', 'ndjson'],
    ['text/event-stream, application/x-ndjson', 'sse'],
    ['application/*', 'ndjson'],
    ['application/x-ndjson;q=0, */*;q=0.5', 'sse'],
    ['text/*;q=0.2, application/ndjson;q=0.3', 'ndjson'],
    ['text/event-stream; charset=utf-8', 'sse'],
  ])('Accept %j → %s', (accept, expected) => {
    expect(preferredOffer(accept, OFFERS)).toBe(expected);
  });

  it.each([['application/xml'], ['text/event-stream;q=0, application/json'], ['*/*;q=0']])('accepts nothing offered for %j', (accept) => {
    expect(preferredOffer(accept, OFFERS)).toBeUndefined();
  });
});

describe('parseAccept', () => {
  it('reads q-values and skips malformed ranges', () => {
    expect(parseAccept('text/html;level=1;q=0.7, nonsense, */html, application/json;q=2, image/*')).toEqual([
      { type: 'text', subtype: 'html', q: 0.7, index: 0 },
      { type: 'image', subtype: '*', q: 1, index: 4 },
    ]);
  });
});
