import { randomBytes } from 'node:crypto';
import { Stats, statSync } from 'node:fs';
import { KeysFileContent, StoredKey, keysFileText, readKeysFile, sha256Hex, writeFileAtomically } from './keys-file';
import { Scope } from './scopes';

/** Who a request's key says it is; `unknown` and `revoked` keys are refused (401). */
export type KeyIdentity = { status: 'valid'; name: string; scope: Scope } | { status: 'unknown' } | { status: 'revoked'; name: string };

export interface KeySummary {
  name: string;
  scope: Scope;
  createdAt: string;
  revokedAt?: string;
}

/** At most this often a running server looks whether the keys file changed on disk. */
const CHANGE_CHECK_MS = 250;
const KEY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export class KeyStoreError extends Error {
  override readonly name = 'KeyStoreError';
}

/**
 * The API keys of a ledger, in one JSON file: each key's name, scope and SHA-256 of its secret. A
 * secret is shown once, when its key is created; the file never holds it. The file is re-read when it
 * changes on disk, so a key revoked by another process is refused from then on.
 */
export class ApiKeyStore {
  private byHash = new Map<string, StoredKey>();
  private content: KeysFileContent = { version: 1, keys: [] };
  private seen?: Stats;
  private checkedAt = 0;

  constructor(
    readonly file: string,
    private readonly now: () => number = Date.now,
  ) {
    this.load();
  }

  /** The key whose secret was presented, as the file says now. */
  identify(secret: string): KeyIdentity {
    this.reloadIfChanged();
    const key = this.byHash.get(sha256Hex(secret));
    if (!key) return { status: 'unknown' };
    if (key.revokedAt !== undefined) return { status: 'revoked', name: key.name };
    return { status: 'valid', name: key.name, scope: key.scope };
  }

  list(): KeySummary[] {
    this.load();
    return this.content.keys.map(({ name, scope, createdAt, revokedAt }) => ({ name, scope, createdAt, ...(revokedAt ? { revokedAt } : {}) }));
  }

  /** Adds a key and answers its secret, which is stored nowhere: the caller must hand it over now. */
  create(name: string, scope: Scope): string {
    if (!KEY_NAME.test(name))
      throw new KeyStoreError(`a key name is 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit; got ${JSON.stringify(name)}`);
    this.load();
    if (this.content.keys.some((key) => key.name === name))
      throw new KeyStoreError(`a key named ${JSON.stringify(name)} exists already (names stay taken after a revocation)`);
    const secret = newSecret();
    this.save({ version: 1, keys: [...this.content.keys, { name, scope, sha256: sha256Hex(secret), createdAt: new Date(this.now()).toISOString() }] });
    return secret;
  }

  revoke(name: string): void {
    this.load();
    const key = this.content.keys.find((candidate) => candidate.name === name);
    if (!key) throw new KeyStoreError(`no key is named ${JSON.stringify(name)}`);
    if (key.revokedAt !== undefined) throw new KeyStoreError(`the key ${JSON.stringify(name)} was revoked already, at ${key.revokedAt}`);
    const revokedAt = new Date(this.now()).toISOString();
    this.save({ version: 1, keys: this.content.keys.map((candidate) => (candidate === key ? { ...candidate, revokedAt } : candidate)) });
  }

  private save(content: KeysFileContent): void {
    writeFileAtomically(this.file, keysFileText(content));
    this.load();
  }

  private reloadIfChanged(): void {
    if (this.now() - this.checkedAt < CHANGE_CHECK_MS) return;
    this.checkedAt = this.now();
    let stats: Stats;
    try {
      stats = statSync(this.file);
    } catch {
      // A file gone (being replaced, or deleted by mistake): the keys known last stay in force.
      return;
    }
    const seen = this.seen;
    if (seen && stats.ino === seen.ino && stats.mtimeMs === seen.mtimeMs && stats.size === seen.size) return;
    try {
      this.load();
    } catch {
      // A file edited by hand into something unreadable: the keys known last stay in force.
      this.seen = stats;
    }
  }

  private load(): void {
    const stats = statSync(this.file);
    this.content = readKeysFile(this.file);
    this.byHash = new Map(this.content.keys.map((key) => [key.sha256, key]));
    this.seen = stats;
    this.checkedAt = this.now();
  }
}

/** A random 32-byte secret, as URL-safe base64 (43 characters). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}
