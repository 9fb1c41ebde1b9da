import { PassThrough } from 'node:stream';
import { LiveFeed } from './live-feed';
import { LiveHub } from './live-hub';
import { TempStore, appendTo, openTempStore, waitUntil } from './testing/live-fixtures';
import { SSE } from './wire-format';

describe('LiveHub on the SQLite store', () => {
  let temp: TempStore;
  let feed: LiveFeed;
  let hub: LiveHub;

  beforeEach(async () => {
    temp = openTempStore();
    feed = new LiveFeed(temp.store);
    await feed.start();
    hub = new LiveHub(feed, { heartbeatMs: 60_000, maxPendingMessages: 100, endGraceMs: 100, describeFailure: () => ({}) });
  });
  afterEach(async () => {
    hub.closeAll(0);
    await feed.stop();
    await temp.dispose();
  });

  function open(from?: 'start'): { out: PassThrough; text: () => string } {
    const out = new PassThrough();
    let text = '';
    out.on('data', (chunk: Buffer) => (text += chunk.toString()));
    hub.open(out, { from, selection: { companies: ['acme'] }, format: SSE });
    return { out, text: () => text };
  }

  it('gives live-only clients of one selection the same events, and ends their streams when the feed stops', async () => {
    const [first, second] = [open(), open()];
    const position = await appendTo(temp.store, 'acme');
    await waitUntil(() => first.text().includes(`id: ${position}\n`) && second.text().includes(`id: ${position}\n`), 10_000);
    await feed.stop();
    await waitUntil(() => first.out.writableEnded && second.out.writableEnded, 10_000);
    expect(first.text()).toBe(second.text());
  });

  it('ends at once, cleanly, a live-only stream opened after the feed stopped', async () => {
    await feed.stop();
    const late = open();
    await waitUntil(() => late.out.writableEnded, 10_000);
    expect(late.text()).not.toContain('event: error');
    expect(hub.openStreams).toBe(0);
  });
});
