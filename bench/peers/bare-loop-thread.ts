import { join } from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import type { AppendSubjectKind } from '../lib/append-subject';
import { bareBetterSqlite3, openBareFile } from './bare-better-sqlite3';
import type { BareCall } from './bare-loop-thread.worker';

/**
 * The bare loop behind a writer thread: what handing each call to another thread costs, with nothing
 * else of the store. The caller serialises the events and posts the call; the thread runs the bare
 * loop's transaction and answers with a message (the store's own handoff: a post, a wake word).
 */
export const bareLoopThread: AppendSubjectKind = {
  name: 'bare loop on a writer thread',

  async open(file) {
    openBareFile(file).close();
    const wake = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(
      `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(join(__dirname, 'bare-loop-thread.worker.ts'))});`,
      { eval: true, workerData: { file, port: port2, wake: wake.buffer }, transferList: [port2] },
    );
    const answers = new Map<number, () => void>();
    port1.on('message', (done: number[]) => {
      for (const call of done) answers.get(call)?.();
    });
    const post = (message: BareCall | 'close') => {
      port1.postMessage(message);
      Atomics.store(wake, 0, 1);
      Atomics.notify(wake, 0);
    };
    let nextCall = 0;
    return {
      append(streamId, events, streamLength) {
        const call = nextCall++;
        const fields = events.flatMap((event) => [event.id, event.type, JSON.stringify(event.data), JSON.stringify(event.metadata ?? {})]);
        return new Promise<void>((resolve) => {
          answers.set(call, () => {
            answers.delete(call);
            resolve();
          });
          post({ call, streamId, streamLength, fields });
        });
      },
      async close() {
        await new Promise<void>((resolve) => {
          worker.once('exit', () => resolve());
          post('close');
        });
        port1.close();
      },
    };
  },

  durability: (file) => bareBetterSqlite3.durability(file),
};
