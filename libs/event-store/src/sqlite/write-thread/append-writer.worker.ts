// The writer thread of a SQLite event store: it owns the store's write connection and commits the
// appends that reached it while it was busy as one group (see GroupWriter).
import { MessagePort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { openConnection } from '../connection';
import { GroupWriter } from './group-writer';
import { AppendRequest, GroupReply, ToWriter, WriterSetup } from './protocol';

const setup = workerData as WriterSetup & { port: MessagePort };
const port = setup.port;
const db = openConnection(setup.file, { synchronous: setup.synchronous, busyTimeoutMs: setup.busyTimeoutMs });
const writer = new GroupWriter(db);

port.on('message', (first: ToWriter) => {
  // Everything queued behind the first message arrived while the last group was being committed.
  const requests: AppendRequest[] = [];
  let closing = false;
  for (let message: ToWriter | undefined = first; message; message = receiveMessageOnPort(port)?.message as ToWriter | undefined) {
    if (message.kind === 'close') closing = true;
    else requests.push(message.request);
  }
  if (requests.length > 0) port.postMessage(writer.write(requests) satisfies GroupReply);
  if (closing) {
    db.close();
    port.close();
  }
});
