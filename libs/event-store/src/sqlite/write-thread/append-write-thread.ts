import { MessageChannel, MessagePort, Worker } from 'node:worker_threads';
import { EventIdConflictError, StoreUnavailableError, WrongExpectedRevisionError } from '../../port/errors';
import { AppendResult } from '../../port/event-store';
import { ExpectedRevision } from '../../port/expected-revision';
import { workerScript } from '../../threads/worker-script';
import { toStoreError } from '../sqlite-errors';
import { AppendOutcome, AppendRequest, GroupReply, ToWriter, WriterSetup } from './protocol';

/** The thread holds a group's messages at a time: a small young generation is enough. */
const WRITER_HEAP = { maxYoungGenerationSizeMb: 8 };

interface Pending {
  streamId: string;
  expected: ExpectedRevision;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

/** What the writer thread has done so far, for metrics. */
export interface WriteStats {
  /** Transactions committed. */
  commits: number;
  /** Appends answered by those commits (written, already recorded, or refused). */
  appends: number;
  /** The most appends one commit answered. */
  largestGroup: number;
}

/**
 * The event store's handle on its writer thread (append-writer.worker): appends are posted to the
 * thread and answered once the group they were committed in is on disk. Nothing here waits on the
 * thread: the answers arrive as messages.
 */
export class AppendWriteThread {
  private readonly pending = new Map<number, Pending>();
  private readonly inFlight = new Set<Promise<AppendResult>>();
  private nextCall = 0;
  /** Appends made in this turn of the event loop: they travel to the thread together at its end. */
  private waiting: AppendRequest[] = [];
  private sendScheduled = false;
  private worker: Worker | undefined;
  private port: MessagePort | undefined;
  private readonly stats: WriteStats = { commits: 0, appends: 0, largestGroup: 0 };
  /** Set and notified after each message: the thread sleeps on it (see append-writer.worker). */
  private readonly wake = new Int32Array(new SharedArrayBuffer(4));

  constructor(
    private readonly setup: WriterSetup,
    /** Told the log's last position after each commit. */
    private readonly committedUpTo: (head: number) => void,
  ) {
    this.start();
  }

  append(streamId: string, expected: ExpectedRevision, events: string[]): Promise<AppendResult> {
    this.start();
    const call = this.nextCall++;
    const answered = new Promise<AppendResult>((resolve, reject) => {
      this.pending.set(call, { streamId, expected, resolve, reject });
      if (this.pending.size === 1) this.worker!.ref();
      this.waiting.push({ call, streamId, expected, events });
      if (!this.sendScheduled) {
        this.sendScheduled = true;
        setImmediate(() => this.sendWaiting());
      }
    });
    const forget = () => this.inFlight.delete(answered);
    this.inFlight.add(answered);
    answered.then(forget, forget);
    return answered;
  }

  writeStats(): WriteStats {
    return { ...this.stats };
  }

  /** Once every append sent is answered, closes the thread's connection and waits for the thread to end. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
    const [worker, port] = [this.worker, this.port];
    if (!worker || !port) return;
    await new Promise<void>((resolve) => {
      worker.once('exit', () => resolve());
      worker.ref();
      this.send(port, { kind: 'close' });
    });
  }

  /**
   * One message (and one wake) for the appends of a turn: concurrent requests, each handled by a
   * callback of the same turn, cost the thread one wake instead of one each.
   */
  private sendWaiting(): void {
    this.sendScheduled = false;
    const requests = this.waiting;
    this.waiting = [];
    if (requests.length > 0 && this.port) this.send(this.port, { kind: 'append', requests });
  }

  private send(port: MessagePort, message: ToWriter): void {
    port.postMessage(message);
    Atomics.store(this.wake, 0, 1);
    Atomics.notify(this.wake, 0);
  }

  private receive(reply: GroupReply): void {
    if (reply.committed) {
      this.stats.commits++;
      this.stats.appends += reply.outcomes.length;
      this.stats.largestGroup = Math.max(this.stats.largestGroup, reply.outcomes.length);
      this.committedUpTo(reply.head);
    }
    for (const [call, outcome] of reply.outcomes) {
      const pending = this.pending.get(call);
      if (!pending) continue;
      this.pending.delete(call);
      settle(pending, outcome);
    }
    if (this.pending.size === 0) this.worker?.unref();
  }

  private start(): MessagePort {
    if (this.port) return this.port;
    const { port1, port2 } = new MessageChannel();
    const [script, mode] = workerScript(__dirname, 'append-writer.worker');
    const worker = new Worker(script, {
      ...mode,
      workerData: { ...this.setup, port: port2, wake: this.wake.buffer },
      transferList: [port2],
      resourceLimits: WRITER_HEAP,
    });
    const current = () => worker === this.worker;
    port1.on('message', (reply: GroupReply) => current() && this.receive(reply));
    worker.on('error', (error) => current() && this.stopped(error));
    worker.on('exit', () => current() && this.stopped(new Error('the writer thread exited')));
    worker.unref();
    port1.unref();
    this.worker = worker;
    this.port = port1;
    return port1;
  }

  /** The thread is gone: what it had not answered fails, and the next append starts another. */
  private stopped(cause: unknown): void {
    this.port?.close();
    this.worker = undefined;
    this.port = undefined;
    this.waiting = [];
    const error = new StoreUnavailableError(`the event store's writer thread stopped: ${(cause as Error).message}`, { cause });
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}

function settle({ streamId, expected, resolve, reject }: Pending, outcome: AppendOutcome): void {
  switch (outcome.kind) {
    case 'appended':
      return resolve({ nextRevision: outcome.nextRevision, position: String(outcome.position), ...(outcome.alreadyRecorded ? { alreadyRecorded: true } : {}) });
    case 'wrong-revision':
      return reject(new WrongExpectedRevisionError(streamId, expected, outcome.actual));
    case 'id-conflict':
      return reject(new EventIdConflictError(outcome.eventId, streamId, streamId));
    case 'failed':
      return reject(toStoreError(Object.assign(new Error(outcome.message), { code: outcome.code })));
    default: {
      const unknown: never = outcome;
      throw new Error(`unknown outcome ${JSON.stringify(unknown)}`);
    }
  }
}
