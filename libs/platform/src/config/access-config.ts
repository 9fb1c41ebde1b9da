import * as path from 'node:path';
import { isEventStoreDbLocation } from '@ledger/event-store';
import { ConfigError, readSettings } from '@ledger/settings';

/** Who may call what: API keys (LEDGER_KEYS_FILE) and whether reads need one (LEDGER_READ_ACCESS). */
export interface AccessConfig {
  /** The JSON file of API keys (their hashes). */
  keysFile: string;
  /** `open`: reads and live streams need no key; `key`: they need a `read` key. */
  readAccess: 'open' | 'key';
}

/** Abuse limits: RATE_LIMIT_*, LIVE_STREAMS_PER_CLIENT, CORS_ORIGINS. */
export interface LimitsConfig {
  /** Requests a key (or an address without a key) may make per window; 0: no limit. */
  rateLimitRequests: number;
  rateLimitWindowMs: number;
  /** Live streams a key (or an address without a key) may hold open at once. */
  liveStreamsPerClient: number;
  /** Origins whose pages may call the API from a browser; none: CORS off. */
  corsOrigins: string[];
}

export const KEYS_FILE_NAME = 'keys.json';

export function loadAccessConfig(env: NodeJS.ProcessEnv, store: string): AccessConfig {
  const settings = readSettings(['LEDGER_KEYS_FILE', 'LEDGER_READ_ACCESS'], env);
  return { keysFile: settings.LEDGER_KEYS_FILE ?? defaultKeysFile(store), readAccess: settings.LEDGER_READ_ACCESS };
}

/** keys.json beside a SQLite store; an EventStoreDB store has no folder, so LEDGER_KEYS_FILE must say where. */
function defaultKeysFile(store: string): string {
  if (isEventStoreDbLocation(store))
    throw new ConfigError('LEDGER_KEYS_FILE must name the file of API keys when LEDGER_STORE is an EventStoreDB connection string');
  return path.join(path.dirname(store), KEYS_FILE_NAME);
}

export function loadLimitsConfig(env: NodeJS.ProcessEnv): LimitsConfig {
  const settings = readSettings(['RATE_LIMIT_REQUESTS', 'RATE_LIMIT_WINDOW_MS', 'LIVE_STREAMS_PER_CLIENT', 'CORS_ORIGINS'], env);
  return {
    rateLimitRequests: settings.RATE_LIMIT_REQUESTS,
    rateLimitWindowMs: settings.RATE_LIMIT_WINDOW_MS,
    liveStreamsPerClient: settings.LIVE_STREAMS_PER_CLIENT,
    corsOrigins: settings.CORS_ORIGINS,
  };
}
