import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { AppendResult, EventToAppend } from '../port/event-store';
import { ExpectedRevision } from '../port/expected-revision';

export type ChildAppendOutcome = { ok: true; result: AppendResult } | { ok: false; name: string; message: string };

const REPOSITORY_ROOT = path.resolve(__dirname, '../../../..');
const TSX = path.join(REPOSITORY_ROOT, 'node_modules/.bin/tsx');
const SCRIPT = path.join(__dirname, 'sqlite-child-append.ts');

/** Appends to an SQLite event store file from another process, through SqliteEventStore. */
export function appendFromChildProcess(
  file: string,
  streamId: string,
  events: EventToAppend[],
  expectedRevision?: ExpectedRevision,
): Promise<ChildAppendOutcome> {
  const request = JSON.stringify({ file, streamId, events, expectedRevision });
  return new Promise((resolve, reject) => {
    execFile(TSX, [SCRIPT, request], { cwd: REPOSITORY_ROOT, timeout: 30_000 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`child append failed: ${error.message}\n${stderr}`));
      resolve(JSON.parse(stdout) as ChildAppendOutcome);
    });
  });
}
