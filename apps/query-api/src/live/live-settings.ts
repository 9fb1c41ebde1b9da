/**
 * Once per turn by default: under load a turn already spans many events (writing to every client is
 * what makes it long), so a fixed window adds latency without saving writes.
 */
const DEFAULT_FLUSH_MS = 0;

/** Tuning of live streams, from the environment. */
export interface LiveSettings {
  heartbeatMs: number;
  /** Messages a client may leave unread before it is cut off. */
  clientBufferMessages: number;
  /** Messages are written to each client at most once per this many ms; 0: once per turn of the event loop. */
  flushWindowMs: number;
}

export function loadLiveSettings(env: NodeJS.ProcessEnv = process.env): LiveSettings {
  return {
    heartbeatMs: positiveInteger(env, 'LIVE_HEARTBEAT_MS', 15_000),
    clientBufferMessages: positiveInteger(env, 'LIVE_CLIENT_BUFFER', 1_000),
    flushWindowMs: integerAtLeast(0, env, 'LIVE_FLUSH_MS', DEFAULT_FLUSH_MS),
  };
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  return integerAtLeast(1, env, name, fallback);
}

function integerAtLeast(min: number, env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min}, got ${JSON.stringify(text)}`);
  return value;
}
