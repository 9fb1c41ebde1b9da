// The bare loop's writer thread (see bare-loop-thread.ts): the same INSERTs, one IMMEDIATE transaction
// per call, no revision check and no hash; it sleeps on a wake word between calls, as the store's writer does.
import { MessagePort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { openConnection } from '@ledger/event-store/sqlite';
import { BARE_HASH, BARE_INSERT } from './bare-better-sqlite3';

/** A call as it travels to the thread: its events' columns already serialised. */
export interface BareCall {
  call: number;
  streamId: string;
  streamLength: number;
  /** id, type, data, metadata of each event, end to end. */
  fields: string[];
}

const { file, port, wake: wakeBuffer } = workerData as { file: string; port: MessagePort; wake: SharedArrayBuffer };
const wake = new Int32Array(wakeBuffer);
const db = openConnection(file, { synchronous: 'FULL', busyTimeoutMs: 5_000 });
const insert = db.prepare(BARE_INSERT);
// eslint-disable-next-line @typescript-eslint/unbound-method -- better-sqlite3's transaction variants are plain functions, meant to be called alone
const writeCall = db.transaction(({ streamId, streamLength, fields }: BareCall) => {
  for (let at = 0, revision = streamLength; at < fields.length; at += 4, revision++) {
    insert.run(streamId, revision, fields[at], fields[at + 1], fields[at + 2], fields[at + 3], BARE_HASH, BARE_HASH);
  }
}).immediate;

for (let closing = false; !closing;) {
  Atomics.store(wake, 0, 0);
  const done: number[] = [];
  for (let received = receiveMessageOnPort(port); received; received = receiveMessageOnPort(port)) {
    const call = received.message as BareCall | 'close';
    if (call === 'close') closing = true;
    else {
      writeCall(call);
      done.push(call.call);
    }
  }
  if (done.length > 0) port.postMessage(done);
  else if (!closing) Atomics.wait(wake, 0, 0);
}
db.close();
port.close();
