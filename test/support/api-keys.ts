import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The admin key file of each server a test started, by the server's origin. */
const adminKeyFiles = new Map<string, string>();

/** Where a server keeps the secret of the admin key its first start made: beside its keys file. */
export function adminKeyFileFor(env: { LEDGER_STORE?: string; LEDGER_KEYS_FILE?: string }): string {
  return join(dirname(String(env.LEDGER_KEYS_FILE ?? env.LEDGER_STORE)), 'admin.key');
}

export function rememberAdminKey(baseUrl: string, keyFile: string): void {
  adminKeyFiles.set(new URL(baseUrl).origin, keyFile);
}

/** The admin key of the server at `url`, when a test started it. */
export function adminKeyFor(url: string): string | undefined {
  const file = adminKeyFiles.get(new URL(url).origin);
  return file && existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

/**
 * The headers with the server's admin key added, so that tests written before keys existed write as
 * they did. A test that sends its own Authorization keeps it; an empty one is dropped (no key at all).
 */
export function withAdminKey(url: string, headers: Record<string, string> = {}): Record<string, string> {
  const own = Object.keys(headers).find((name) => name.toLowerCase() === 'authorization');
  if (own !== undefined) {
    if (headers[own] !== '') return headers;
    const { [own]: _dropped, ...rest } = headers;
    return rest;
  }
  const key = adminKeyFor(url);
  return key ? { ...headers, authorization: `Bearer ${key}` } : headers;
}
