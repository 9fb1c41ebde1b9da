import { statSync } from 'node:fs';

function sizeOrZero(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** Bytes an SQLite database occupies on disk: the main file plus any WAL, shared-memory or rollback journal beside it. */
export function sqliteFootprintBytes(file: string): number {
  return [file, `${file}-wal`, `${file}-shm`, `${file}-journal`].reduce((total, path) => total + sizeOrZero(path), 0);
}
