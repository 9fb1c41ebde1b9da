const EVENTSTORE_DB_SCHEME = /^(esdb|kurrentdb|kurrent)(\+discover)?:\/\//i;

/** True for an EventStoreDB / KurrentDB connection string (esdb://, esdb+discover://, kurrentdb://, kurrent://). */
export function isEventStoreDbLocation(location: string): boolean {
  return EVENTSTORE_DB_SCHEME.test(location.trim());
}

/** The connection string in the esdb:// form the 6.x client parses; KurrentDB schemes name the same protocol. */
export function toClientConnectionString(location: string): string {
  const { discover, rest } = splitScheme(location);
  return `esdb${discover}://${rest}`;
}

/** Scheme, hosts and TLS setting of a connection string, without credentials or other options. */
export function describeEventStoreDbLocation(location: string): string {
  const { scheme, discover, rest } = splitScheme(location);
  const [authority, query = ''] = rest.split('?');
  const hosts = authority.slice(authority.lastIndexOf('@') + 1).replace(/\/+$/, '');
  const tlsOff = [...new URLSearchParams(query)].some(([key, value]) => key.toLowerCase() === 'tls' && value.toLowerCase() === 'false');
  return `EventStoreDB ${scheme}${discover}://${hosts}${tlsOff ? ' (TLS off)' : ''}`;
}

function splitScheme(location: string): { scheme: string; discover: string; rest: string } {
  const trimmed = location.trim();
  const match = EVENTSTORE_DB_SCHEME.exec(trimmed);
  if (!match) throw new TypeError('not an EventStoreDB connection string');
  return { scheme: match[1].toLowerCase(), discover: (match[2] ?? '').toLowerCase(), rest: trimmed.slice(match[0].length) };
}
