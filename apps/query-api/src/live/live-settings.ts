/** Tuning of live streams, from the environment. */
export interface LiveSettings {
  heartbeatMs: number;
  /** Messages a client may leave unread before it is cut off. */
  clientBufferMessages: number;
}

export function loadLiveSettings(env: NodeJS.ProcessEnv = process.env): LiveSettings {
  return {
    heartbeatMs: positiveInteger(env, 'LIVE_HEARTBEAT_MS', 15_000),
    clientBufferMessages: positiveInteger(env, 'LIVE_CLIENT_BUFFER', 1_000),
  };
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got ${JSON.stringify(text)}`);
  return value;
}
