// The writer thread of a SQLite event store: it owns the store's write connection and commits the
// appends that reached it while it was busy as one group (see GroupWriter).
import { MessagePort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { WRITER_CACHE_MIB, openConnection } from '../connection';
import { GroupWriter } from './group-writer';
import { AppendRequest, GroupReply, ToWriter, WriterSetup } from './protocol';

const setup = workerData as WriterSetup & { port: MessagePort; wake: SharedArrayBuffer };
const { port } = setup;
const wake = new Int32Array(setup.wake);
const db = openConnection(setup.file, {
  synchronous: setup.synchronous,
  busyTimeoutMs: setup.busyTimeoutMs,
  maxPages: setup.maxPages,
  cacheMiB: WRITER_CACHE_MIB,
});
const writer = new GroupWriter(db);

// The thread does nothing but this loop, so it sleeps on the wake word rather than in an event loop:
// waking from a futex costs a fraction of an event loop's turn, which a lone append would pay twice.
for (let closing = false; !closing;) {
  Atomics.store(wake, 0, 0);
  // Everything queued arrived while the last group was being committed: it is the next group.
  const requests: AppendRequest[] = [];
  for (let received = receiveMessageOnPort(port); received; received = receiveMessageOnPort(port)) {
    const message = received.message as ToWriter;
    if (message.kind === 'close') closing = true;
    else requests.push(...message.requests);
  }
  if (requests.length > 0) port.postMessage(writer.write(requests) satisfies GroupReply);
  else if (!closing) Atomics.wait(wake, 0, 0);
}
db.close();
port.close();
