import { Writable } from 'node:stream';
import { BoundedWriter } from './bounded-writer';
import { FlushScheduler } from './flush-scheduler';
import { waitUntil } from './testing/live-fixtures';

/** A socket whose peer reads only when told to. */
class StalledSocket extends Writable {
  readonly written: string[] = [];
  private held: (() => void)[] = [];

  constructor() {
    super({ highWaterMark: 1 });
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.written.push(chunk.toString());
    this.held.push(done);
  }

  drainAll(): void {
    const held = this.held;
    this.held = [];
    held.forEach((done) => done());
  }
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
const message = (text: string) => Buffer.from(text);

describe('BoundedWriter', () => {
  it('sends what is queued within one turn in one write', async () => {
    const socket = new StalledSocket();
    const writer = new BoundedWriter(socket, 10, new FlushScheduler());
    writer.send(message('a'));
    writer.send(message('b'));
    await nextTurn();
    expect(socket.written).toEqual(['ab']);
  });

  it('accepts a burst larger than the limit from a client that keeps up', async () => {
    const socket = new StalledSocket();
    const writer = new BoundedWriter(socket, 3, new FlushScheduler());
    const accepted = ['a', 'b', 'c', 'd', 'e'].map((text) => writer.send(message(text)));
    expect(accepted).toEqual([true, true, true, true, true]);
  });

  it('refuses once the limit is reached while the socket holds earlier writes', async () => {
    const socket = new StalledSocket();
    const writer = new BoundedWriter(socket, 3, new FlushScheduler());
    writer.send(message('a'));
    await nextTurn();
    expect(writer.send(message('b'))).toBe(true);
    expect(writer.send(message('c'))).toBe(true);
    expect(writer.send(message('d'))).toBe(false);
    socket.drainAll();
    await nextTurn();
    expect(writer.send(message('d'))).toBe(true);
  });

  it('asks a reader catching up to wait until half the limit has drained', async () => {
    const socket = new StalledSocket();
    const writer = new BoundedWriter(socket, 4, new FlushScheduler());
    writer.send(message('a'));
    expect(writer.whenReady()).toBeUndefined();
    writer.send(message('b'));
    const ready = writer.whenReady();
    expect(ready).toBeInstanceOf(Promise);
    let resolved = false;
    void ready!.then(() => (resolved = true));
    await nextTurn();
    expect(resolved).toBe(false);
    socket.drainAll();
    await nextTurn();
    expect(resolved).toBe(true);
  });

  it('ends with the queued messages and a last one beyond the limit, then takes nothing more', async () => {
    const socket = new StalledSocket();
    const writer = new BoundedWriter(socket, 1, new FlushScheduler());
    writer.send(message('a'));
    writer.end(message('bye'), 1_000);
    expect(writer.send(message('late'))).toBe(true);
    socket.drainAll();
    await nextTurn();
    expect(socket.written.join('')).toBe('abye');
    expect(socket.writableEnded).toBe(true);
  });

  it('drops a peer that does not take the end within the grace period', async () => {
    const socket = new StalledSocket();
    const writer = new BoundedWriter(socket, 1, new FlushScheduler());
    writer.end(message('bye'), 10);
    expect(socket.destroyed).toBe(false);
    await waitUntil(
      () => socket.destroyed,
      5_000,
      () => 'the stalled peer to be dropped',
    );
  });
});
