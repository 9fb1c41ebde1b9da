import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes need an API key. An app started on a fresh store writes its first admin key's secret to
 * admin.key beside the store (the default keys file's folder): the benchmark sends that key.
 */
let authorization: string | undefined;

/** Reads the admin key an app started on `storeFile` made, if it made one. */
export function useKeyBeside(storeFile: string): void {
  const secretFile = join(dirname(storeFile), 'admin.key');
  if (existsSync(secretFile)) authorization = `Bearer ${readFileSync(secretFile, 'utf8').trim()}`;
}

/** The headers that carry the key to the apps, none before an app has made one. */
export function authHeaders(): Record<string, string> {
  return authorization === undefined ? {} : { authorization };
}
