import { createHash } from 'node:crypto';
import { chmodSync, closeSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { Scope, isScope } from './scopes';

/** One key as the keys file holds it: the SHA-256 of its secret, never the secret. */
export interface StoredKey {
  name: string;
  scope: Scope;
  /** Hex SHA-256 of the secret. */
  sha256: string;
  createdAt: string;
  revokedAt?: string;
}

export interface KeysFileContent {
  version: 1;
  keys: StoredKey[];
}

/** Only the owner may read or write the keys file and the admin key file. */
export const OWNER_ONLY = 0o600;

export function sha256Hex(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export class KeysFileError extends Error {
  override readonly name = 'KeysFileError';
}

export function readKeysFile(file: string): KeysFileContent {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new KeysFileError(`the keys file ${file} cannot be read as JSON (${(error as { code?: string }).code ?? (error as Error).message})`);
  }
  const keys = (parsed as { keys?: unknown })?.keys;
  if (!Array.isArray(keys) || !keys.every(isStoredKey)) throw new KeysFileError(`the keys file ${file} is not a list of keys ({"version": 1, "keys": [...]})`);
  return { version: 1, keys };
}

function isStoredKey(value: unknown): value is StoredKey {
  const key = value as StoredKey;
  return typeof key?.name === 'string' && isScope(key.scope) && /^[0-9a-f]{64}$/.test(key.sha256) && typeof key.createdAt === 'string';
}

/** Writes `content` to a file beside `file` (mode 0600, flushed), then renames it over `file`: readers see the old or the new file, never half of one. */
export function writeFileAtomically(file: string, content: string): void {
  const temporary = writeTemporary(file, content);
  renameSync(temporary, file);
}

/** As writeFileAtomically, but only when `file` does not exist yet: false when another process created it first. */
export function createFileAtomically(file: string, content: string): boolean {
  const temporary = writeTemporary(file, content);
  try {
    linkSync(temporary, file);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}

export function keysFileText(content: KeysFileContent): string {
  return `${JSON.stringify(content, null, 2)}\n`;
}

function writeTemporary(file: string, content: string): string {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  const fd = openSync(temporary, 'wx', OWNER_ONLY);
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  // The process's umask may have narrowed the mode, never widened it; this makes it exact.
  chmodSync(temporary, OWNER_ONLY);
  return temporary;
}
