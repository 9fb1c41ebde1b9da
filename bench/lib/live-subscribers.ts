import * as http from 'node:http';
import { HistogramSnapshot, LatencyHistogram } from './latency-histogram';
import { SseIdScanner } from './sse-id-scanner';

/** Messages from the benchmark to a subscriber process. */
export type ToSubscribers =
  | { kind: 'open'; url: string; count: number }
  /** Positions acknowledged by the ledger, with when (monotonicMs): deliveries are timed against them. */
  | { kind: 'acked'; acks: [position: number, at: number][] }
  /** Every append is acknowledged: wait for `expected` deliveries per subscriber, at most `drainMs`. */
  | { kind: 'finish'; expected: number; drainMs: number };

/** What a subscriber process answers. */
export type FromSubscribers =
  | { kind: 'opened' }
  | { kind: 'failed'; message: string }
  | { kind: 'result'; latency: HistogramSnapshot; received: number; lost: number; outOfOrder: number; dropped: number; chunks: number; cpuMs: number };

/** A clock shared by every process of the machine (CLOCK_MONOTONIC), in milliseconds. */
export const monotonicMs = (): number => Number(process.hrtime.bigint()) / 1e6;

interface Subscriber {
  received: number;
  last: number;
  outOfOrder: number;
  closed: boolean;
}

/** Subscribers of one process: each on its own connection, timing each delivery against its acknowledgement. */
class Subscribers {
  private readonly all: Subscriber[] = [];
  private readonly requests: http.ClientRequest[] = [];
  private readonly ackedAt = new Map<number, number>();
  /** Deliveries that arrived before this process heard of their acknowledgement. */
  private readonly early = new Map<number, number[]>();
  readonly latency = new LatencyHistogram();
  chunks = 0;

  async open(url: string, count: number): Promise<void> {
    for (let i = 0; i < count; i += 100) await Promise.all(Array.from({ length: Math.min(100, count - i) }, () => this.openOne(url)));
  }

  acked(acks: [number, number][]): void {
    for (const [position, at] of acks) {
      this.ackedAt.set(position, at);
      const early = this.early.get(position);
      if (early === undefined) continue;
      for (const deliveredAt of early) this.latency.record(deliveredAt - at);
      this.early.delete(position);
    }
  }

  async finish(expected: number, drainMs: number): Promise<FromSubscribers> {
    const deadline = monotonicMs() + drainMs;
    while (monotonicMs() < deadline && this.all.some((s) => !s.closed && s.received < expected)) await new Promise((done) => setTimeout(done, 20));
    const sum = (of: (s: Subscriber) => number) => this.all.reduce((total, s) => total + of(s), 0);
    const result: FromSubscribers = {
      kind: 'result',
      latency: this.latency.snapshot(),
      received: sum((s) => s.received),
      lost: sum((s) => Math.max(0, expected - s.received)),
      outOfOrder: sum((s) => s.outOfOrder),
      dropped: this.all.filter((s) => s.closed).length,
      chunks: this.chunks,
      cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
    };
    for (const request of this.requests) request.destroy();
    return result;
  }

  private openOne(url: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const request = http.get(url, { agent: false, headers: { accept: 'text/event-stream' } }, (response) => {
        if (response.statusCode !== 200) return reject(new Error(`subscriber answered ${response.statusCode}`));
        const subscriber: Subscriber = { received: 0, last: 0, outOfOrder: 0, closed: false };
        const scanner = new SseIdScanner();
        const onId = (position: number) => this.delivered(subscriber, position, now);
        let now = 0;
        response.on('data', (chunk: Buffer) => {
          now = monotonicMs();
          this.chunks++;
          if (scanner.push(chunk, onId)) subscriber.closed = true;
        });
        response.once('close', () => (subscriber.closed = true));
        this.all.push(subscriber);
        resolve();
      });
      request.on('error', reject);
      this.requests.push(request);
    });
  }

  private delivered(subscriber: Subscriber, position: number, at: number): void {
    subscriber.received++;
    if (position <= subscriber.last) subscriber.outOfOrder++;
    subscriber.last = position;
    const acked = this.ackedAt.get(position);
    if (acked !== undefined) return this.latency.record(at - acked);
    const early = this.early.get(position);
    if (early) early.push(at);
    else this.early.set(position, [at]);
  }
}

/** The body of a subscriber process (started with fork): driven by the benchmark over IPC. */
export function runSubscriberProcess(): void {
  const subscribers = new Subscribers();
  const send = (message: FromSubscribers) => process.send!(message);
  process.on('message', (message: ToSubscribers) => {
    switch (message.kind) {
      case 'open':
        subscribers.open(message.url, message.count).then(
          () => send({ kind: 'opened' }),
          (error: unknown) => send({ kind: 'failed', message: String(error) }),
        );
        return;
      case 'acked':
        return subscribers.acked(message.acks);
      case 'finish':
        void subscribers.finish(message.expected, message.drainMs).then((result) => {
          send(result);
          process.disconnect();
        });
    }
  });
}

if (require.main === module) runSubscriberProcess();
