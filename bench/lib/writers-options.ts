import { parseArgs } from 'node:util';

export interface WritersOptions {
  /** Seconds of writing per run, writer count and store. */
  seconds: number;
  /** Runs of everything (writer counts, stores, kill and restart); figures are their medians. */
  runs: number;
  /** Streams the in-process writers choose from, by Zipf rank. */
  streams: number;
  zipfExponent: number;
  /** Concurrent writer counts, ours. */
  writers: number[];
  /** Writer counts at which the peer runs the same workload (it fails with concurrent appenders in one process). */
  peerWriters: number[];
  /** Disclosures in the ledger ledger-api is killed on, and the companies they are spread over. */
  ledgerEvents: number;
  ledgerCompanies: number;
  /** Concurrent HTTP writers, and seconds of load before the SIGKILL. */
  killConnections: number;
  killSeconds: number;
}

const DEFAULTS = {
  seconds: '5',
  runs: '3',
  streams: '10000',
  zipf: '0.99',
  writers: '1,8,64',
  'peer-writers': '1',
  'ledger-events': '500000',
  'ledger-companies': '1000',
  'kill-connections': '64',
  'kill-seconds': '5',
};

export const WRITERS_USAGE = `options (npm run bench -- writers [options]):
  --seconds N           seconds of writing per run, writer count and store (${DEFAULTS.seconds})
  --runs N              runs of each measurement; figures are their medians (${DEFAULTS.runs})
  --streams N           streams chosen from by Zipf rank (${DEFAULTS.streams})
  --zipf S              Zipf exponent, 0 = uniform (${DEFAULTS.zipf})
  --writers LIST        concurrent writer counts (${DEFAULTS.writers})
  --peer-writers LIST   writer counts the peer also runs, empty for none (${DEFAULTS['peer-writers']})
  --ledger-events N     disclosures in the ledger ledger-api is killed on (${DEFAULTS['ledger-events']})
  --ledger-companies N  companies of that ledger (${DEFAULTS['ledger-companies']})
  --kill-connections N  concurrent HTTP writers before the kill (${DEFAULTS['kill-connections']})
  --kill-seconds N      seconds of HTTP load before each kill (${DEFAULTS['kill-seconds']})`;

function count(name: string, text: string, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be an integer >= ${min}, got "${text}"`);
  return value;
}

function counts(name: string, text: string, min: number): number[] {
  return text.trim() === '' ? [] : text.split(',').map((part) => count(name, part.trim(), min));
}

function positive(name: string, text: string, min: number): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < min) throw new Error(`--${name} must be a number >= ${min}, got "${text}"`);
  return value;
}

/** The benchmark's options from its command-line arguments; throws with the offending option named. */
export function parseWritersOptions(args: string[]): WritersOptions {
  const options = Object.fromEntries(Object.keys(DEFAULTS).map((name) => [name, { type: 'string' as const }]));
  const { values } = parseArgs({ args, options, strict: true, allowPositionals: false });
  const text = { ...DEFAULTS, ...values } as Record<keyof typeof DEFAULTS, string>;
  return {
    seconds: positive('seconds', text.seconds, 0.1),
    runs: count('runs', text.runs, 1),
    streams: count('streams', text.streams, 1),
    zipfExponent: positive('zipf', text.zipf, 0),
    writers: counts('writers', text.writers, 1),
    peerWriters: counts('peer-writers', text['peer-writers'], 1),
    ledgerEvents: count('ledger-events', text['ledger-events'], 0),
    ledgerCompanies: count('ledger-companies', text['ledger-companies'], 1),
    killConnections: count('kill-connections', text['kill-connections'], 1),
    killSeconds: positive('kill-seconds', text['kill-seconds'], 0.1),
  };
}
