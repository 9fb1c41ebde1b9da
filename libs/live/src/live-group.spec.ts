import { Writable } from 'node:stream';
import { Subject } from 'rxjs';
import type { RecordedEvent } from '@ledger/event-store';
import { BoundedWriter } from './bounded-writer';
import { FlushScheduler } from './flush-scheduler';
import { LiveGroup } from './live-group';
import { StreamFilter } from './stream-filter';
import { WireFormat } from './wire-format';

/** A socket that records each write, and takes it only when `reading`. */
class Socket extends Writable {
  readonly written: string[] = [];
  private held: (() => void)[] = [];
  reading = true;

  constructor() {
    super({ highWaterMark: 1 });
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.written.push(chunk.toString());
    if (this.reading) done();
    else this.held.push(done);
  }
}

/** Each event written as its position and a semicolon. */
const POSITIONS: WireFormat = {
  contentType: 'text/plain',
  opening: Buffer.alloc(0),
  heartbeat: Buffer.from(':'),
  event: (event) => Buffer.from(`${event.position};`),
  error: () => Buffer.from('error;'),
};

let position = 0;
function event(companyId: string): RecordedEvent {
  position++;
  return {
    streamId: `company-${companyId}`,
    revision: 0,
    position: String(position),
    id: `e${position}`,
    type: 'OtherDisclosure',
    data: {},
    metadata: { recordedAt: '2026-12-07T00:00:00.000Z', prevHash: '', hash: '' },
  };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

function setUp(selection = {}) {
  const feed = new Subject<RecordedEvent>();
  const scheduler = new FlushScheduler();
  let closed = 0;
  const group = new LiveGroup(feed, new StreamFilter(selection), POSITIONS, scheduler, () => closed++);
  const member = (maxPending = 100) => {
    const socket = new Socket();
    const state = { fellBehind: false, completed: false, error: undefined as unknown };
    const subscription = group
      .join(new BoundedWriter(socket, maxPending, scheduler), () => (state.fellBehind = true))
      .subscribe({
        next: () => {
          throw new Error('a member is written to, never sent events');
        },
        complete: () => (state.completed = true),
        error: (error: unknown) => (state.error = error),
      });
    return { socket, state, subscription };
  };
  return { feed, member, closed: () => closed };
}

describe('LiveGroup', () => {
  it("writes the events of a turn to every member in one write, once matched and encoded for all, from the member's joining on", async () => {
    const { feed, member } = setUp({ companies: ['acme'] });
    const first = member();
    const start = position;
    feed.next(event('acme'));
    feed.next(event('other'));
    const second = member();
    feed.next(event('acme'));
    await nextTurn();
    expect(first.socket.written).toEqual([`${start + 1};${start + 3};`]);
    expect(second.socket.written).toEqual([`${start + 3};`]);
    feed.next(event('acme'));
    await nextTurn();
    expect(second.socket.written).toEqual([`${start + 3};`, `${start + 4};`]);
  });

  it('tells a member that stops reading that it fell behind, and keeps writing to the others', async () => {
    const { feed, member } = setUp();
    const slow = member(3);
    const steady = member(3);
    slow.socket.reading = false;
    for (let turn = 0; turn < 3; turn++) {
      feed.next(event('acme'));
      feed.next(event('acme'));
      await nextTurn();
    }
    expect(slow.state.fellBehind).toBe(true);
    expect(steady.state.fellBehind).toBe(false);
    expect(steady.socket.written).toHaveLength(3);
  });

  it("ends every member's stream when the feed ends, and one that joins after at once", () => {
    const { feed, member, closed } = setUp();
    const before = member();
    feed.complete();
    expect(before.state.completed).toBe(true);
    expect(member().state.completed).toBe(true);
    expect(closed()).toBeGreaterThanOrEqual(1);
  });

  it('leaves the feed once its last member has left', () => {
    const { feed, member, closed } = setUp();
    const [a, b] = [member(), member()];
    a.subscription.unsubscribe();
    expect(feed.observed).toBe(true);
    b.subscription.unsubscribe();
    expect(feed.observed).toBe(false);
    expect(closed()).toBe(1);
  });
});
