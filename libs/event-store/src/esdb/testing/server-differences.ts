/**
 * Servers that speak EventStoreDB's gRPC protocol but are known to differ from it where the contract
 * suite looks, named by EVENTSTORE_SERVER_KIND. Each entry is a test title (its start) and why that
 * server cannot pass it; unknown kinds and an unset variable mean EventStoreDB / KurrentDB itself.
 */
const KNOWN_DIFFERENCES: Record<string, Record<string, string>> = {
  // A PostgreSQL-backed implementation of the Streams API (public repository mziegle/kurrentdb-adapter).
  'kurrentdb-adapter': {
    'keeps ids to their stream': 'that server keeps event ids unique across the whole log (EventStoreDB: within a stream) and never answers such an append',
    'catches up, then goes live with no gap and no duplicate while appends go on':
      'that server can lose events of a live $all subscription under concurrent writers',
  },
};

export const SERVER_KIND_VARIABLE = 'EVENTSTORE_SERVER_KIND';

export function knownDifferences(kind: string | undefined): Record<string, string> {
  if (kind && !KNOWN_DIFFERENCES[kind]) {
    throw new Error(`${SERVER_KIND_VARIABLE}=${kind} is not a known server (known: ${Object.keys(KNOWN_DIFFERENCES).join(', ')})`);
  }
  return kind ? KNOWN_DIFFERENCES[kind] : {};
}

/**
 * Defines tests through `define` (a suite that cannot be edited per server), skipping those the
 * server is known to fail, each under a title that says why.
 */
export function withKnownDifferences(kind: string | undefined, define: () => void): void {
  const differences = Object.entries(knownDifferences(kind));
  const plain = global.it;
  const skipping = Object.assign((title: string, ...rest: unknown[]) => {
    const why = differences.find(([start]) => title.startsWith(start))?.[1];
    if (why === undefined) return (plain as (...args: unknown[]) => unknown)(title, ...rest);
    return plain.skip(`${title} (skipped on ${kind}: ${why})`, () => {});
  }, plain);
  global.it = skipping;
  try {
    define();
  } finally {
    global.it = plain;
  }
}
