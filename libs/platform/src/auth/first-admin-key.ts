import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { ApiKeyStore, newSecret } from './api-key-store';
import { createFileAtomically, keysFileText, sha256Hex, writeFileAtomically } from './keys-file';

export const FIRST_KEY_NAME = 'admin';
export const ADMIN_KEY_FILE_NAME = 'admin.key';

/** The file beside the keys file that holds the secret of the key the first start made. */
export function adminKeyFile(keysFile: string): string {
  return path.join(path.dirname(path.resolve(keysFile)), ADMIN_KEY_FILE_NAME);
}

/**
 * Opens the keys file; when there is none, creates it with one `admin` key whose secret goes to
 * admin.key beside it (mode 0600). `createdSecretFile` says where, when this call made it. Several
 * processes starting together on one store agree on one keys file: only the first one's is created.
 */
export function openOrCreateKeyStore(file: string): { store: ApiKeyStore; createdSecretFile?: string } {
  if (existsSync(file)) return { store: new ApiKeyStore(file) };
  const secret = newSecret();
  const content = {
    version: 1 as const,
    keys: [{ name: FIRST_KEY_NAME, scope: 'admin' as const, sha256: sha256Hex(secret), createdAt: new Date().toISOString() }],
  };
  if (!createFileAtomically(file, keysFileText(content))) return { store: new ApiKeyStore(file) };
  const secretFile = adminKeyFile(file);
  writeFileAtomically(secretFile, `${secret}\n`);
  return { store: new ApiKeyStore(file), createdSecretFile: secretFile };
}
