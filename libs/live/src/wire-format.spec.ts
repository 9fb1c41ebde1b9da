import type { RecordedEvent } from '@ledger/event-store';
import { NDJSON, SSE } from './wire-format';

const breach: RecordedEvent = {
  streamId: 'company-acme',
  revision: 3,
  position: '42',
  id: 'd1',
  type: 'BreachAnnounced',
  data: { companyId: 'acme', disclosureId: 'd1', facts: { summary: 'line one\nline two' } },
  metadata: { recordedAt: '2025-01-02T03:04:05.000Z', prevHash: 'p', hash: 'h' },
};

const expectedData = {
  type: 'BreachAnnounced',
  companyId: 'acme',
  disclosureId: 'd1',
  facts: { summary: 'line one\nline two' },
  revision: 3,
  position: '42',
  recordedAt: '2025-01-02T03:04:05.000Z',
};

describe('wire formats', () => {
  it('writes an SSE message with id, event and the disclosure as one data line', () => {
    const text = SSE.event(breach).toString();
    expect(text).toBe(`id: 42\nevent: BreachAnnounced\ndata: ${JSON.stringify(expectedData)}\n\n`);
    expect(text.split('\n')).toHaveLength(5);
  });

  it('writes an NDJSON line with the same three fields', () => {
    const text = NDJSON.event(breach).toString();
    expect(text.endsWith('\n')).toBe(true);
    expect(JSON.parse(text)).toEqual({ id: '42', event: 'BreachAnnounced', data: expectedData });
  });

  it('encodes an event once for every client', () => {
    expect(SSE.event(breach)).toBe(SSE.event(breach));
  });

  it('ends a stream with an error message, and keeps idle streams open with heartbeats', () => {
    expect(SSE.error({ title: 'too slow' }).toString()).toBe('event: error\ndata: {"title":"too slow"}\n\n');
    expect(JSON.parse(NDJSON.error({ title: 'too slow' }).toString())).toEqual({ event: 'error', data: { title: 'too slow' } });
    expect(SSE.heartbeat.toString()).toMatch(/^:.*\n\n$/);
    expect(NDJSON.heartbeat.toString()).toBe('\n');
  });
});
