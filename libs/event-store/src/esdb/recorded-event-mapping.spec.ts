import { RecordedEvent as ClientRecordedEvent } from '@eventstore/db-client';
import { CorruptEventError } from '../port/errors';
import { isSystemEvent, toRecordedEvent } from './recorded-event-mapping';

function clientEvent(overrides: Partial<Record<string, unknown>> = {}): ClientRecordedEvent {
  return {
    streamId: 'company-acme',
    id: 'c7a5d1f4-5d8f-4a36-9c55-3d7f0f1d2e11',
    isJson: true,
    revision: 3n,
    type: 'BreachAnnounced',
    created: new Date(0),
    data: { summary: 'systems offline' },
    metadata: { recordedAt: '2024-05-01T00:00:00.000Z', prevHash: 'p', hash: 'h' },
    position: { commit: 1200n, prepare: 1200n },
    ...overrides,
  };
}

describe('recorded events read through the client', () => {
  it('maps revision and position to the port, keeping data and metadata', () => {
    expect(toRecordedEvent(clientEvent())).toEqual({
      streamId: 'company-acme',
      revision: 3,
      position: '1200',
      id: 'c7a5d1f4-5d8f-4a36-9c55-3d7f0f1d2e11',
      type: 'BreachAnnounced',
      data: { summary: 'systems offline' },
      metadata: { recordedAt: '2024-05-01T00:00:00.000Z', prevHash: 'p', hash: 'h' },
    });
  });

  it('writes the prepare position only when it differs from the commit position', () => {
    expect(toRecordedEvent(clientEvent({ position: { commit: 1300n, prepare: 1250n } })).position).toBe('1300-1250');
  });

  it('refuses events without a position, including the one a server before 22.6 sends on stream reads', () => {
    expect(() => toRecordedEvent(clientEvent({ position: undefined }))).toThrow(/22\.6 or later/);
    const none = 2n ** 64n - 1n;
    expect(() => toRecordedEvent(clientEvent({ position: { commit: none, prepare: none } }))).toThrow(/22\.6 or later/);
  });

  it.each([
    ['binary data', { isJson: false, data: new Uint8Array([1]) }, 'h'],
    ['data marked as JSON that did not parse (the client hands over its text)', { data: '{"truncated": ' }, 'h'],
    ['metadata that did not parse (the client hands over its bytes)', { metadata: new Uint8Array([123]) }, ''],
  ])('reports an event with %s as corrupt, with its revision, position and recorded hash', (_case, overrides, recordedHash) => {
    let thrown: unknown;
    try {
      toRecordedEvent(clientEvent(overrides));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CorruptEventError);
    expect(thrown).toMatchObject({ streamId: 'company-acme', revision: 3, position: '1200', recordedHash });
  });

  it('gives events without metadata an empty metadata object', () => {
    expect(toRecordedEvent(clientEvent({ metadata: undefined })).metadata).toEqual({});
  });

  it('recognises system streams and system events', () => {
    expect(isSystemEvent({ streamId: '$ce-company', type: '$>' })).toBe(true);
    expect(isSystemEvent({ streamId: '$stats-127.0.0.1:2113', type: '$statsCollected' })).toBe(true);
    expect(isSystemEvent({ streamId: 'company-acme', type: '$metadata' })).toBe(true);
    expect(isSystemEvent({ streamId: 'company-acme', type: 'BreachAnnounced' })).toBe(false);
  });
});
