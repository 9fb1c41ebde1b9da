/** Settings read from the environment once, at start-up. */
export interface LedgerConfig {
  port: number;
  host: string;
  /** A SQLite file path (the embedded default) or an esdb:// connection string. */
  store: string;
  /** The query service's own SQLite file of read models (LEDGER_READ_STORE). */
  readStore: string;
}

export const DEFAULT_STORE = './data/ledger.db';
export const DEFAULT_READ_STORE = './data/read.db';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): LedgerConfig {
  return {
    port: parsePort(env.PORT),
    host: env.HOST?.trim() || '0.0.0.0',
    store: env.LEDGER_STORE?.trim() || DEFAULT_STORE,
    readStore: env.LEDGER_READ_STORE?.trim() || DEFAULT_READ_STORE,
  };
}

function parsePort(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return 3000;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer from 0 to 65535, got ${JSON.stringify(text)}`);
  }
  return port;
}
