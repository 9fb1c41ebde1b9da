import * as http from 'node:http';
import { AddressInfo } from 'node:net';
import { monotonicMs } from './live-subscribers';

/**
 * The floor of live delivery on this machine: a bare node:http server that does nothing but write
 * Server-Sent Events to its open connections, no store, no append, no filter. Messages queued together
 * leave together, one write per connection (as the ledger writes them): at the end of the turn of the
 * event loop (windowMs 0), or windowMs after the first one. What it measures is the machine's cost of
 * writing to every connection and of the subscribers reading.
 */
export class SseFanoutFloor {
  private readonly server = http.createServer((request, response) => this.open(response));
  private readonly responses: http.ServerResponse[] = [];
  private queued: Buffer[] = [];

  constructor(readonly windowMs: number) {}

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  /** Queues one message with this id and body for every connection; returns when it was queued (monotonicMs). */
  emit(id: number, body: string): number {
    if (this.queued.length === 0) {
      if (this.windowMs > 0) setTimeout(() => this.flush(), this.windowMs);
      else setImmediate(() => this.flush());
    }
    this.queued.push(Buffer.from(`id: ${id}\nevent: disclosure\ndata: ${body}\n\n`));
    return monotonicMs();
  }

  async close(): Promise<void> {
    for (const response of this.responses) response.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private open(response: http.ServerResponse): void {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    response.write(': open\n\n');
    this.responses.push(response);
    response.once('close', () => this.responses.splice(this.responses.indexOf(response), 1));
  }

  private flush(): void {
    const batch = this.queued.length === 1 ? this.queued[0] : Buffer.concat(this.queued);
    this.queued = [];
    for (const response of this.responses) response.write(batch);
  }
}

/** Messages from the benchmark to a floor process. */
export type ToFloor = { kind: 'listen'; windowMs: number } | { kind: 'emit'; id: number; body: string };
/** What a floor process answers: its URL once listening, then when each message was queued. */
export type FromFloor = { kind: 'listening'; url: string } | { kind: 'queued'; id: number; at: number };

/** The body of a floor process (started with fork), so that the server has a process of its own, as the ledger has. */
export function runFloorProcess(): void {
  let floor: SseFanoutFloor | undefined;
  const send = (message: FromFloor) => process.send!(message);
  process.on('message', (message: ToFloor) => {
    if (message.kind === 'listen') {
      floor = new SseFanoutFloor(message.windowMs);
      void floor.listen().then((url) => send({ kind: 'listening', url }));
    } else {
      send({ kind: 'queued', id: message.id, at: floor!.emit(message.id, message.body) });
    }
  });
  process.on('disconnect', () => void floor?.close().then(() => process.exit(0)));
}

if (require.main === module) runFloorProcess();
