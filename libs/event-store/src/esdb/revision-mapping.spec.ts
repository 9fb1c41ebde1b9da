import { ANY, NO_STREAM, STREAM_EXISTS } from '@eventstore/db-client';
import { fromClientCurrentRevision, fromClientExpectedRevision, fromClientRevision, toClientExpectedRevision } from './revision-mapping';

describe('revision mapping between the port and the client', () => {
  it.each([
    ['any', ANY],
    ['no_stream', NO_STREAM],
    ['stream_exists', STREAM_EXISTS],
    [0, 0n],
    [41, 41n],
  ] as const)('maps the expected revision %p to %p and back', (port, client) => {
    expect(toClientExpectedRevision(port)).toBe(client);
    expect(fromClientExpectedRevision(client)).toBe(port);
  });

  it('maps the actual revision the client reports', () => {
    expect(fromClientCurrentRevision(NO_STREAM)).toBe('no_stream');
    expect(fromClientCurrentRevision(0n)).toBe(0);
    expect(fromClientCurrentRevision(1234n)).toBe(1234);
  });

  it('refuses revisions a number cannot hold exactly', () => {
    expect(fromClientRevision(BigInt(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => fromClientRevision(BigInt(Number.MAX_SAFE_INTEGER) + 1n)).toThrow(RangeError);
    expect(() => fromClientRevision(-1n)).toThrow(RangeError);
  });
});
