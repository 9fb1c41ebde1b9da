import * as path from 'node:path';
import { makeFolders } from '@ledger/event-store';
import { ConfigError } from '@ledger/settings';
import { ApiKeyStore } from './api-key-store';
import { openOrCreateKeyStore } from './first-admin-key';

/** The server's key store; on the first start, says where the admin key's secret was written. */
export function openKeysForServer(name: string, keysFile: string): ApiKeyStore {
  try {
    makeFolders(path.dirname(path.resolve(keysFile)));
    const { store, createdSecretFile } = openOrCreateKeyStore(keysFile);
    if (createdSecretFile) console.log(`${name}: first start, created the API key "admin"; its secret is in ${createdSecretFile} (readable by this user only)`);
    return store;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ConfigError(`LEDGER_KEYS_FILE ${path.resolve(keysFile)} cannot be used: ${reason}`);
  }
}
