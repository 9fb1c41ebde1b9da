import { describeEventStoreDbLocation, isEventStoreDbLocation, toClientConnectionString } from './connection-string';

describe('EventStoreDB connection strings', () => {
  it.each([
    'esdb://localhost:2113?tls=false',
    'esdb+discover://cluster.example:2113',
    'kurrentdb://localhost:2113',
    'kurrent+discover://a:2113,b:2113',
    '  ESDB://upper:2113',
  ])('recognises %s', (location) => {
    expect(isEventStoreDbLocation(location)).toBe(true);
  });

  it.each(['./data/ledger.db', '/var/lib/ledger/events.db', 'C:\\data\\ledger.db', 'esdb.db', 'http://localhost:2113'])(
    'treats %s as something else (a file)',
    (location) => {
      expect(isEventStoreDbLocation(location)).toBe(false);
    },
  );

  it('rewrites KurrentDB schemes to the esdb scheme the client parses', () => {
    expect(toClientConnectionString('kurrentdb://admin:changeit@node:2113?tls=false')).toBe('esdb://admin:changeit@node:2113?tls=false');
    expect(toClientConnectionString('kurrent+discover://node:2113')).toBe('esdb+discover://node:2113');
    expect(toClientConnectionString('esdb://node:2113')).toBe('esdb://node:2113');
    expect(() => toClientConnectionString('./ledger.db')).toThrow(TypeError);
  });

  it('describes a location with its hosts and TLS setting but never its credentials', () => {
    const described = describeEventStoreDbLocation('esdb://admin:s3cr@t@node1:2113,node2:2113/?tls=false&tlsCAFile=/ca.pem');
    expect(described).toBe('EventStoreDB esdb://node1:2113,node2:2113 (TLS off)');
    expect(described).not.toContain('s3cr');
    expect(describeEventStoreDbLocation('kurrentdb+discover://cluster:2113?TLS=true')).toBe('EventStoreDB kurrentdb+discover://cluster:2113');
  });
});
