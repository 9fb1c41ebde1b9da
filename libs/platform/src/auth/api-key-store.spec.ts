import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiKeyStore, KeyStoreError } from './api-key-store';
import { openOrCreateKeyStore } from './first-admin-key';
import { readKeysFile, sha256Hex } from './keys-file';

describe('ApiKeyStore', () => {
  let folder: string;
  let file: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'keys-'));
    file = join(folder, 'keys.json');
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('creates the first admin key on first open, its secret in admin.key, both readable by their owner only', () => {
    const { store, createdSecretFile } = openOrCreateKeyStore(file);
    expect(createdSecretFile).toBe(join(folder, 'admin.key'));
    const secret = readFileSync(join(folder, 'admin.key'), 'utf8').trim();
    expect(store.identify(secret)).toEqual({ status: 'valid', name: 'admin', scope: 'admin' });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(folder, 'admin.key')).mode & 0o777).toBe(0o600);
  });

  it('opens an existing keys file without creating a key', () => {
    openOrCreateKeyStore(file);
    const again = openOrCreateKeyStore(file);
    expect(again.createdSecretFile).toBeUndefined();
    expect(again.store.list().map((key) => key.name)).toEqual(['admin']);
  });

  it('keeps only the SHA-256 of a secret, never the secret', () => {
    const { store } = openOrCreateKeyStore(file);
    const secret = store.create('reader', 'read');
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(secret);
    expect(readKeysFile(file).keys.find((key) => key.name === 'reader')?.sha256).toBe(sha256Hex(secret));
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
  });

  it('tells unknown and revoked keys apart, and lists keys without their hashes', () => {
    const { store } = openOrCreateKeyStore(file);
    const secret = store.create('writer', 'write');
    expect(store.identify('not-a-key')).toEqual({ status: 'unknown' });
    store.revoke('writer');
    expect(store.identify(secret)).toEqual({ status: 'revoked', name: 'writer' });
    const listed = store.list().find((key) => key.name === 'writer');
    expect(listed).toEqual({ name: 'writer', scope: 'write', createdAt: expect.any(String), revokedAt: expect.any(String) });
    expect(JSON.stringify(store.list())).not.toContain(sha256Hex(secret));
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('refuses a name taken, a bad name, and revoking an unknown or revoked key', () => {
    const { store } = openOrCreateKeyStore(file);
    expect(() => store.create('admin', 'read')).toThrow(KeyStoreError);
    expect(() => store.create('has space', 'read')).toThrow(KeyStoreError);
    expect(() => store.revoke('nobody')).toThrow(KeyStoreError);
    store.create('once', 'read');
    store.revoke('once');
    expect(() => store.revoke('once')).toThrow(/revoked already/);
  });

  it('sees a revocation made by another process once the file changed on disk', () => {
    let now = 1_000_000;
    openOrCreateKeyStore(file);
    const server = new ApiKeyStore(file, () => now);
    const secret = new ApiKeyStore(file).create('ci', 'write');
    now += 1_000;
    expect(server.identify(secret).status).toBe('valid');
    new ApiKeyStore(file).revoke('ci');
    now += 1_000;
    expect(server.identify(secret)).toEqual({ status: 'revoked', name: 'ci' });
  });

  it('keeps the keys known last when the file is edited into something unreadable', () => {
    let now = 1_000_000;
    const { createdSecretFile } = openOrCreateKeyStore(file);
    const secret = readFileSync(createdSecretFile!, 'utf8').trim();
    const server = new ApiKeyStore(file, () => now);
    writeFileSync(file, '{ not json');
    now += 1_000;
    expect(server.identify(secret).status).toBe('valid');
  });
});
