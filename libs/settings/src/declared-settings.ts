import { makeExactValidator } from 'envalid';
import { DEFAULT_FAILURE_POLICIES, failurePolicyList } from './failure-policy-setting';
import { storeLocation } from './store-location';
import { hostName, httpUrl, oneOf, originList, sqliteFile, tcpPort, text, wholeNumber } from './value-parsers';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Node's timers take at most 2^31 - 1 ms; a longer period would silently become 1 ms. */
const MAX_TIMER_MS = 2_147_483_647;

const port = makeExactValidator(tcpPort);
const host = makeExactValidator(hostName);
const store = makeExactValidator(storeLocation);
const str = makeExactValidator(text);
const url = makeExactValidator(httpUrl);
const origins = makeExactValidator(originList);
const policies = makeExactValidator(failurePolicyList);
const logLevel = makeExactValidator(oneOf(LOG_LEVELS, { anyCase: true }));
const readAccess = makeExactValidator(oneOf(['open', 'key'] as const, { meaning: '"open" (reads need no key) or "key" (reads need a read key)' }));
const file = (what: string) => makeExactValidator(sqliteFile(what));
const count = (min: number, max: number, unit: string) => makeExactValidator(wholeNumber({ min, max, unit }));

/**
 * Every setting read from the environment, declared once: its name, the form of its value (the parser,
 * which refuses anything else), its default and what it means. A value set blank counts as unset.
 * docs/operations.md lists each of them (a unit test checks it).
 */
export const SETTINGS = {
  PORT: port({ default: 3000, desc: 'HTTP port (0 picks a free one)' }),
  // This machine only: listening on other interfaces is a choice (HOST=0.0.0.0).
  HOST: host({ default: '127.0.0.1', desc: 'interface to listen on' }),
  LEDGER_STORE: store({ default: './data/ledger.db', desc: 'a SQLite file or an EventStoreDB connection string' }),
  LEDGER_READ_STORE: file('the read models of this process')({ default: './data/read.db', desc: "the query service's own SQLite file of read models" }),
  LEDGER_DECISION_INDEX: file("the write side's decision index, rebuilt from the log")({
    default: undefined,
    desc: "the write side's decision index; beside a SQLite store by default",
  }),
  READY_MAX_LAG_EVENTS: count(0, Number.MAX_SAFE_INTEGER, 'of events')({ default: 10_000, desc: 'events the read model may be behind and still be ready' }),
  LOG_LEVEL: logLevel({ default: 'info', desc: 'the least severe level of the JSON log' }),
  LEDGER_STORE_MAX_PAGES: count(1, 2 ** 32 - 2, 'of pages')({ default: undefined, desc: "a SQLite store's quota in pages; none by default" }),
  PROJECTION_FAILURE_POLICY: policies({ default: DEFAULT_FAILURE_POLICIES, desc: 'what a projection does with an event it throws on' }),
  LEDGER_KEYS_FILE: file('the API keys, hashed')({ default: undefined, desc: 'the API keys file; keys.json beside a SQLite store by default' }),
  LEDGER_READ_ACCESS: readAccess({ default: 'open', desc: 'whether reads and live streams need a key' }),
  // Generous: a benchmark on one machine must not be throttled.
  RATE_LIMIT_REQUESTS: count(0, 1_000_000_000, 'of requests (0: no limit)')({ default: 100_000, desc: 'requests per window per key or address' }),
  RATE_LIMIT_WINDOW_MS: count(1, 86_400_000, 'of milliseconds')({ default: 10_000, desc: "the rate limit's window" }),
  LIVE_STREAMS_PER_CLIENT: count(1, 1_000_000, 'of streams')({ default: 2_000, desc: 'live streams a key or address may hold open at once' }),
  CORS_ORIGINS: origins({ default: [], desc: 'origins whose pages may call the API; none: CORS off' }),
  LIVE_HEARTBEAT_MS: count(1, MAX_TIMER_MS, 'of milliseconds')({ default: 15_000, desc: 'period of the comment that keeps an idle live stream open' }),
  LIVE_CLIENT_BUFFER: count(1, 1_000_000, 'of messages')({ default: 1_000, desc: 'messages a live client may leave unread before it is cut off' }),
  // Once per turn by default: under load a turn already spans many events (writing to every client is
  // what makes it long), so a fixed window adds latency without saving writes.
  LIVE_FLUSH_MS: count(0, MAX_TIMER_MS, 'of milliseconds')({ default: 0, desc: 'messages reach each client at most once per this many ms; 0: once per turn' }),
  LEDGER_URL: url({ default: 'http://localhost:3000', desc: "the running ledger's address, for ledgerctl tail" }),
  LEDGER_API_KEY: str({ default: undefined, desc: 'the API key ledgerctl sends' }),
  LEDGER_TEST_POISON_FILE: str({ default: undefined, desc: 'tests only: the file naming the poison of the test projection' }),
};

export type SettingName = keyof typeof SETTINGS;
