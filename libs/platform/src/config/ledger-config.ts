import * as path from 'node:path';
import { isEventStoreDbLocation } from '@ledger/event-store';
import { AccessConfig, LimitsConfig, loadAccessConfig, loadLimitsConfig } from './access-config';
import { ConfigError, LOG_LEVELS, LogLevel, SETTINGS, readSettings } from '@ledger/settings';
import { prepareReadStoreFile, prepareSqliteFile } from './store-locations';

export { ConfigError } from '@ledger/settings';
export type { AccessConfig, LimitsConfig } from './access-config';

/**
 * The servers' settings, read through the one declaration of '@ledger/settings' once, at start-up: a
 * malformed value is a ConfigError whose one-line message names the variable and the form expected.
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

export { LOG_LEVELS, LogLevel };

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

export const DEFAULT_STORE = String(SETTINGS.LEDGER_STORE.default);
export const DEFAULT_READ_STORE = String(SETTINGS.LEDGER_READ_STORE.default);
export const DEFAULT_DECISION_INDEX = './data/decisions.db';
export const DEFAULT_READY_MAX_LAG_EVENTS = Number(SETTINGS.READY_MAX_LAG_EVENTS.default);

/** Parses the environment's settings (no file is touched: see prepareStores). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, scope: ConfigScope = {}): LedgerConfig {
  const settings = readSettings(
    ['PORT', 'HOST', 'LEDGER_STORE', 'LEDGER_READ_STORE', 'LEDGER_DECISION_INDEX', 'LEDGER_STORE_MAX_PAGES', 'READY_MAX_LAG_EVENTS', 'LOG_LEVEL'],
    env,
  );
  const { LEDGER_STORE: store, LEDGER_READ_STORE: readStore } = settings;
  if ((scope.readStore ?? true) && !isEventStoreDbLocation(store) && path.resolve(store) === path.resolve(readStore)) {
    throw new ConfigError(`LEDGER_READ_STORE must be a file of its own, but it names the LEDGER_STORE file ${path.resolve(store)}`);
  }
  const decisionIndex = settings.LEDGER_DECISION_INDEX ?? defaultDecisionIndex(store);
  if (scope.decisionIndex ?? false) checkDecisionIndexLocation(decisionIndex, store, readStore, scope);
  return {
    port: settings.PORT,
    host: settings.HOST,
    store,
    readStore,
    decisionIndex,
    live: (scope.live ?? true) ? loadLiveConfig(env) : loadLiveConfig({}),
    ...(settings.LEDGER_STORE_MAX_PAGES === undefined ? {} : { storeMaxPages: settings.LEDGER_STORE_MAX_PAGES }),
    readyMaxLagEvents: settings.READY_MAX_LAG_EVENTS,
    logLevel: settings.LOG_LEVEL,
    access: loadAccessConfig(env, store),
    limits: loadLimitsConfig(env),
  };
}

function checkDecisionIndexLocation(decisionIndex: string, store: string, readStore: string, scope: ConfigScope): void {
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
  const settings = readSettings(['LIVE_HEARTBEAT_MS', 'LIVE_CLIENT_BUFFER', 'LIVE_FLUSH_MS'], env);
  return { heartbeatMs: settings.LIVE_HEARTBEAT_MS, clientBufferMessages: settings.LIVE_CLIENT_BUFFER, flushWindowMs: settings.LIVE_FLUSH_MS };
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
