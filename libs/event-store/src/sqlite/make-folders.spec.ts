import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFolders } from './make-folders';

describe('makeFolders', () => {
  const root = mkdtempSync(join(tmpdir(), 'make-folders-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('creates every missing level, and accepts folders that exist', () => {
    makeFolders(join(root, 'a', 'b', 'c'));
    makeFolders(join(root, 'a', 'b'));
    expect(statSync(join(root, 'a', 'b', 'c')).isDirectory()).toBe(true);
  });

  it('refuses a path through a file', () => {
    writeFileSync(join(root, 'plain'), 'x');
    expect(() => makeFolders(join(root, 'plain', 'below'))).toThrow(expect.objectContaining({ code: 'ENOTDIR', path: join(root, 'plain') }));
  });

  it('fails at once where a folder cannot be made, instead of retrying forever', () => {
    expect(() => makeFolders('/proc/no-such-process/ledger')).toThrow(expect.objectContaining({ code: expect.stringMatching(/^E/) }));
  });
});
