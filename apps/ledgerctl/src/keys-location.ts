import { existsSync, readFileSync } from 'node:fs';
import { ConfigError, adminKeyFile, loadAccessConfig } from '@ledger/platform/framework-free';
import { CliError } from './cli-error';
import { fromEnvironment } from './environment';
import { StoreOption, storeLocation } from './store-option';

export interface KeysFileOption extends StoreOption {
  keysFile?: string;
}

export const KEYS_FILE_HELP = 'the API keys file (default: $LEDGER_KEYS_FILE, or keys.json beside the store)';

/** --keys-file, else $LEDGER_KEYS_FILE, else keys.json beside the store, as the servers choose it. */
export function keysFileLocation(options: KeysFileOption): string {
  try {
    return loadAccessConfig({ ...process.env, ...(options.keysFile ? { LEDGER_KEYS_FILE: options.keysFile } : {}) }, storeLocation(options)).keysFile;
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
}

/** The key to send to a running ledger: $LEDGER_API_KEY, else the admin key the first start wrote beside the keys file, else none. */
export function apiKeyForRequests(options: KeysFileOption): string | undefined {
  const key = fromEnvironment('LEDGER_API_KEY');
  if (key) return key;
  let file: string;
  try {
    file = adminKeyFile(keysFileLocation(options));
  } catch {
    return undefined;
  }
  return existsSync(file) ? readFileSync(file, 'utf8').trim() || undefined : undefined;
}
