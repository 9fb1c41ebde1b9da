import * as path from 'node:path';
import { isEventStoreDbLocation } from '@ledger/event-store';
import { AccessConfig, LimitsConfig, loadAccessConfig, loadLimitsConfig } from './access-config';
import { ConfigError, hostSetting, integerSetting, portSetting, quote, settingText } from './settings';
import { checkFileLocation, checkReadStoreLocation, checkStoreLocation, prepareReadStoreFile, prepareSqliteFile } from './store-locations';

export { ConfigError } from './settings';
export type { AccessConfig, LimitsConfig } from './access-config';

/**
 * Every setting the servers read from the environment, parsed here and only here, once, at start-up:
 * a malformed value is a ConfigError whose one-line message names the variable and the form expected.
 */
export interface LedgerConfig {
  port: number;
  host: string;
  /** A SQLite file path (the embedded default) or an esdb:// connection string. */
  store: string;
  /** The query service's own SQLite file of read models (LEDGER_READ_STORE). */
  readStore: string;
  /** The write side's decision index, a SQLite file rebuilt from the log (LEDGER_DECISION_INDEX). */
  decisionIndex: string;
  /** Tuning of live streams (LIVE_*). */
  live: LiveConfig;
  /** LEDGER_STORE_MAX_PAGES: a SQLite store's quota in pages, beyond which writes fail as on a full disk; none by default. */
  storeMaxPages?: number;
  /** READY_MAX_LAG_EVENTS: how far behind the store the read model may be and still be ready. */
  readyMaxLagEvents: number;
  /** LOG_LEVEL: the least severe level the JSON log keeps. */
  logLevel: LogLevel;
  /** API keys and who may read (LEDGER_KEYS_FILE, LEDGER_READ_ACCESS). */
  access: AccessConfig;
  /** Abuse limits (RATE_LIMIT_*, LIVE_STREAMS_PER_CLIENT, CORS_ORIGINS). */
  limits: LimitsConfig;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Tuning of live streams: LIVE_HEARTBEAT_MS, LIVE_CLIENT_BUFFER, LIVE_FLUSH_MS. */
export interface LiveConfig {
  heartbeatMs: number;
  /** Messages a client may leave unread before it is cut off. */
  clientBufferMessages: number;
  /** Messages are written to each client at most once per this many ms; 0: once per turn of the event loop. */
  flushWindowMs: number;
}

/** Which settings an app uses: the others are neither checked nor prepared. Both by default. */
export interface ConfigScope {
  /** LEDGER_READ_STORE (the query side). */
  readStore?: boolean;
  /** LIVE_* (live streams). */
  live?: boolean;
  /** LEDGER_DECISION_INDEX (the write side). Off by default. */
  decisionIndex?: boolean;
}

export const DEFAULT_STORE = './data/ledger.db';
export const DEFAULT_READ_STORE = './data/read.db';
export const DEFAULT_DECISION_INDEX = './data/decisions.db';
export const DEFAULT_PORT = 3000;
/** This machine only: listening on other interfaces is a choice (HOST=0.0.0.0). */
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_READY_MAX_LAG_EVENTS = 10_000;

/** Node's timers take at most 2^31 - 1 ms; a longer period would silently become 1 ms. */
const MAX_TIMER_MS = 2_147_483_647;
export const LIVE_LIMITS = {
  LIVE_HEARTBEAT_MS: { min: 1, max: MAX_TIMER_MS, fallback: 15_000, unit: 'of milliseconds' },
  LIVE_CLIENT_BUFFER: { min: 1, max: 1_000_000, fallback: 1_000, unit: 'of messages' },
  // Once per turn by default: under load a turn already spans many events (writing to every client is
  // what makes it long), so a fixed window adds latency without saving writes.
  LIVE_FLUSH_MS: { min: 0, max: MAX_TIMER_MS, fallback: 0, unit: 'of milliseconds' },
} as const;

/** Parses the environment's settings (no file is touched: see prepareStores). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, scope: ConfigScope = {}): LedgerConfig {
  const port = portSetting(env, 'PORT', DEFAULT_PORT);
  const host = hostSetting(env, 'HOST', DEFAULT_HOST);
  const store = settingText(env, 'LEDGER_STORE') ?? DEFAULT_STORE;
  checkStoreLocation('LEDGER_STORE', store);
  const readStore = settingText(env, 'LEDGER_READ_STORE') ?? DEFAULT_READ_STORE;
  if (scope.readStore ?? true) {
    checkReadStoreLocation('LEDGER_READ_STORE', readStore);
    if (!isEventStoreDbLocation(store) && path.resolve(store) === path.resolve(readStore)) {
      throw new ConfigError(`LEDGER_READ_STORE must be a file of its own, but it names the LEDGER_STORE file ${path.resolve(store)}`);
    }
  }
  const decisionIndex = settingText(env, 'LEDGER_DECISION_INDEX') ?? defaultDecisionIndex(store);
  if (scope.decisionIndex ?? false) checkDecisionIndexLocation(decisionIndex, store, readStore, scope);
  return {
    port,
    host,
    store,
    readStore,
    decisionIndex,
    live: (scope.live ?? true) ? loadLiveConfig(env) : liveDefaults(),
    ...(settingText(env, 'LEDGER_STORE_MAX_PAGES') === undefined
      ? {}
      : { storeMaxPages: integerSetting(env, 'LEDGER_STORE_MAX_PAGES', { min: 1, max: 2 ** 32 - 2, fallback: 0, unit: 'of pages' }) }),
    readyMaxLagEvents: integerSetting(env, 'READY_MAX_LAG_EVENTS', {
      min: 0,
      max: Number.MAX_SAFE_INTEGER,
      fallback: DEFAULT_READY_MAX_LAG_EVENTS,
      unit: 'of events',
    }),
    logLevel: logLevelSetting(env),
    access: loadAccessConfig(env, store),
    limits: loadLimitsConfig(env),
  };
}

function logLevelSetting(env: NodeJS.ProcessEnv): LogLevel {
  const text = settingText(env, 'LOG_LEVEL') ?? 'info';
  const level = text.toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got ${quote(text)}`);
  return level as LogLevel;
}

function checkDecisionIndexLocation(decisionIndex: string, store: string, readStore: string, scope: ConfigScope): void {
  checkFileLocation('LEDGER_DECISION_INDEX', decisionIndex, "the write side's decision index, rebuilt from the log");
  const others = [
    ...(isEventStoreDbLocation(store) ? [] : [['LEDGER_STORE', store]]),
    ...((scope.readStore ?? true) ? [['LEDGER_READ_STORE', readStore]] : []),
  ];
  for (const [name, file] of others) {
    if (path.resolve(file) === path.resolve(decisionIndex)) {
      throw new ConfigError(`LEDGER_DECISION_INDEX must be a file of its own, but it names the ${name} file ${path.resolve(file)}`);
    }
  }
}

/** Beside a SQLite store (ledger.db → ledger.decisions.db); in ./data beside an EventStoreDB one. */
export function defaultDecisionIndex(store: string): string {
  if (isEventStoreDbLocation(store)) return DEFAULT_DECISION_INDEX;
  const { dir, name } = path.parse(store);
  return path.join(dir, `${name}.decisions.db`);
}

export function loadLiveConfig(env: NodeJS.ProcessEnv = process.env): LiveConfig {
  return {
    heartbeatMs: integerSetting(env, 'LIVE_HEARTBEAT_MS', LIVE_LIMITS.LIVE_HEARTBEAT_MS),
    clientBufferMessages: integerSetting(env, 'LIVE_CLIENT_BUFFER', LIVE_LIMITS.LIVE_CLIENT_BUFFER),
    flushWindowMs: integerSetting(env, 'LIVE_FLUSH_MS', LIVE_LIMITS.LIVE_FLUSH_MS),
  };
}

function liveDefaults(): LiveConfig {
  return {
    heartbeatMs: LIVE_LIMITS.LIVE_HEARTBEAT_MS.fallback,
    clientBufferMessages: LIVE_LIMITS.LIVE_CLIENT_BUFFER.fallback,
    flushWindowMs: LIVE_LIMITS.LIVE_FLUSH_MS.fallback,
  };
}

/**
 * Checks that the SQLite files of the settings can be used, creating their folders: a folder that
 * cannot be created, a path that is a folder or a file that is not SQLite is a ConfigError.
 */
export function prepareStores(config: LedgerConfig, scope: ConfigScope = {}): void {
  if (!isEventStoreDbLocation(config.store)) prepareSqliteFile('LEDGER_STORE', config.store);
  if (scope.readStore ?? true) prepareReadStoreFile('LEDGER_READ_STORE', config.readStore);
  if (scope.decisionIndex ?? false) prepareSqliteFile('LEDGER_DECISION_INDEX', config.decisionIndex);
}
