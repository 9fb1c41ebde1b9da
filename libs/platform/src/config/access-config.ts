import * as path from 'node:path';
import { isEventStoreDbLocation } from '@ledger/event-store';
import { checkFileLocation } from './store-locations';
import { ConfigError, integerSetting, quote, settingText } from './settings';

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

export const LIMITS = {
  // Generous: a benchmark on one machine must not be throttled.
  RATE_LIMIT_REQUESTS: { min: 0, max: 1_000_000_000, fallback: 100_000, unit: 'of requests (0: no limit)' },
  RATE_LIMIT_WINDOW_MS: { min: 1, max: 86_400_000, fallback: 10_000, unit: 'of milliseconds' },
  LIVE_STREAMS_PER_CLIENT: { min: 1, max: 1_000_000, fallback: 2_000, unit: 'of streams' },
} as const;

export function loadAccessConfig(env: NodeJS.ProcessEnv, store: string): AccessConfig {
  const keysFile = settingText(env, 'LEDGER_KEYS_FILE') ?? defaultKeysFile(store);
  checkFileLocation('LEDGER_KEYS_FILE', keysFile, 'the API keys, hashed');
  const readAccess = settingText(env, 'LEDGER_READ_ACCESS') ?? 'open';
  if (readAccess !== 'open' && readAccess !== 'key')
    throw new ConfigError(`LEDGER_READ_ACCESS must be "open" (reads need no key) or "key" (reads need a read key), got ${quote(readAccess)}`);
  return { keysFile, readAccess };
}

/** keys.json beside a SQLite store; an EventStoreDB store has no folder, so LEDGER_KEYS_FILE must say where. */
function defaultKeysFile(store: string): string {
  if (isEventStoreDbLocation(store))
    throw new ConfigError('LEDGER_KEYS_FILE must name the file of API keys when LEDGER_STORE is an EventStoreDB connection string');
  return path.join(path.dirname(store), KEYS_FILE_NAME);
}

export function loadLimitsConfig(env: NodeJS.ProcessEnv): LimitsConfig {
  const origins = settingText(env, 'CORS_ORIGINS');
  return {
    rateLimitRequests: integerSetting(env, 'RATE_LIMIT_REQUESTS', LIMITS.RATE_LIMIT_REQUESTS),
    rateLimitWindowMs: integerSetting(env, 'RATE_LIMIT_WINDOW_MS', LIMITS.RATE_LIMIT_WINDOW_MS),
    liveStreamsPerClient: integerSetting(env, 'LIVE_STREAMS_PER_CLIENT', LIMITS.LIVE_STREAMS_PER_CLIENT),
    corsOrigins: origins === undefined ? [] : origins.split(',').map((origin) => checkOrigin(origin.trim())),
  };
}

function checkOrigin(origin: string): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(origin);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.origin !== origin.replace(/\/$/, '')) {
    throw new ConfigError(`CORS_ORIGINS must be a comma-separated list of origins such as https://example.org or http://localhost:5173, got ${quote(origin)}`);
  }
  return parsed.origin;
}
