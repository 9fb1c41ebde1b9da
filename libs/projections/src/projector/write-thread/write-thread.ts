import { workerScript } from '@ledger/event-store';
import { MessageChannel, MessagePort, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { CheckpointMove, FromWriteThread, Ops, QueryReply, SqlValue, ToWriteThread, WriteThreadSetup } from './protocol';

/**
 * The thread holds one batch's message at a time: a small young generation is enough, and keeps the
 * resident memory of a serving process low.
 */
const WRITE_THREAD_HEAP = { maxYoungGenerationSizeMb: 4 };

/** Longest a projection waits for rows read through the write thread before it gives up. */
const QUERY_TIMEOUT_MS = 60_000;

/** A thread with nothing to write for this long ends (its heap and page cache go with it); the next batch starts another. */
const DEFAULT_IDLE_MS = 5_000;

/** The read store could not be read: a failure of the store, never of the projection reading it. */
export class WriteThreadError extends Error {}

interface Pending {
  committed: Promise<void>;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * A projector's handle on the thread that writes its read store (read-store-writer.worker): commits
 * are sent in order and answered as promises; a query runs inside the batch being written and is
 * answered synchronously, so that a projection can read rows it has just changed.
 */
export class WriteThread {
  private readonly replySignal = new SharedArrayBuffer(4);
  private readonly signal = new Int32Array(this.replySignal);
  private readonly pending: Pending[] = [];
  private worker: Worker | undefined;
  private replies: MessagePort | undefined;
  private epoch = 0;
  private idleTimer: NodeJS.Timeout | undefined;
  private resetDone: (() => void) | undefined;

  constructor(
    private readonly setup: Omit<WriteThreadSetup, 'replySignal'>,
    private readonly idleMs = DEFAULT_IDLE_MS,
  ) {
    this.thread();
  }

  /** True while a thread runs (between a batch and the end of the idle time after it). */
  get running(): boolean {
    return this.worker !== undefined;
  }

  /** Resolves once the batch is committed; rejects when it (or an earlier one of its epoch) failed. */
  commit(seq: number, ops: Ops, ddl: string[], checkpoints: CheckpointMove[]): Promise<void> {
    let settle: Omit<Pending, 'committed'> | undefined;
    const committed = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
    this.pending.push({ committed, ...settle! });
    this.send({ kind: 'commit', epoch: this.epoch, seq, ops, ddl, checkpoints });
    return committed;
  }

  /** Sends `ops` into the open batch, then runs a SELECT there and waits for its rows. */
  query(ops: Ops, sql: string, params: SqlValue[]): Record<string, SqlValue>[] {
    Atomics.store(this.signal, 0, 0);
    this.send({ kind: 'query', epoch: this.epoch, ops, sql, params });
    if (Atomics.wait(this.signal, 0, 0, QUERY_TIMEOUT_MS) === 'timed-out')
      throw new WriteThreadError(`the read store's write thread did not answer in ${QUERY_TIMEOUT_MS} ms`);
    const reply = receiveMessageOnPort(this.replies!)?.message as QueryReply | undefined;
    if (!reply) throw new WriteThreadError("the read store's write thread answered nothing");
    if ('error' in reply) throw new WriteThreadError(`read through the write thread failed: ${reply.error}`);
    return reply.rows;
  }

  /**
   * Once every commit sent has been answered (a failed one fails those after it), rolls back the batch
   * left open, if any; the next batches start a new epoch.
   */
  async reset(): Promise<void> {
    await Promise.allSettled(this.pending.map((pending) => pending.committed));
    this.epoch++;
    await new Promise<void>((resolve) => {
      this.resetDone = resolve;
      this.send({ kind: 'reset', epoch: this.epoch });
    });
  }

  /** Rolls back a batch left open and closes the connection; the thread ends. */
  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await ended(worker);
  }

  private send(message: ToWriteThread): void {
    clearTimeout(this.idleTimer);
    const worker = this.thread();
    worker.ref();
    worker.postMessage(message);
  }

  private receive(message: FromWriteThread): void {
    switch (message.kind) {
      case 'committed':
        if (message.epoch !== this.epoch) return;
        this.pending.shift()?.resolve();
        return this.settled();
      case 'failed':
        if (message.epoch === this.epoch) this.failPending(Object.assign(new Error(message.message), { stack: message.stack }));
        return;
      case 'reset':
        if (message.epoch !== this.epoch) return;
        this.resetDone?.();
        return this.settled();
      default: {
        const unknown: never = message;
        throw new Error(`unknown message ${JSON.stringify(unknown)}`);
      }
    }
  }

  /** Nothing awaited: the thread keeps the process alive no longer, and ends if nothing comes. */
  private settled(): void {
    if (this.pending.length > 0 || !this.worker) return;
    this.worker.unref();
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.close(), this.idleMs).unref();
  }

  private failPending(error: Error): void {
    for (const pending of this.pending.splice(0)) pending.reject(error);
    this.settled();
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const { port1, port2 } = new MessageChannel();
    const [script, mode] = workerScript(__dirname, 'read-store-writer.worker');
    const workerData = { ...this.setup, replySignal: this.replySignal, replies: port2 };
    const worker = new Worker(script, { ...mode, workerData, transferList: [port2], resourceLimits: WRITE_THREAD_HEAP });
    const current = () => worker === this.worker;
    worker.on('message', (message: FromWriteThread) => current() && this.receive(message));
    worker.on('error', (error) => current() && this.failPending(error));
    worker.on('exit', () => {
      if (!current()) return;
      this.worker = undefined;
      this.failPending(new Error("the read store's write thread exited"));
    });
    worker.unref();
    this.worker = worker;
    this.replies = port1;
    return worker;
  }
}

/** Asks the thread to close its connection (rolling back an open batch), then waits for it to end. */
function ended(worker: Worker): Promise<void> {
  return new Promise<void>((resolve) => {
    worker.once('exit', () => resolve());
    worker.ref();
    worker.postMessage({ kind: 'close' } satisfies ToWriteThread);
  });
}
