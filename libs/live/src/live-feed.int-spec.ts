import { setTimeout as sleep } from 'node:timers/promises';
import { COMPANY_STREAMS } from '@ledger/disclosures';
import { LiveFeed } from './live-feed';
import { StreamFilter } from './stream-filter';
import { Collector, TempStore, appendTo, openTempStore, waitUntil } from './testing/live-fixtures';

jest.setTimeout(30_000);

describe('LiveFeed on the SQLite store', () => {
  let temp: TempStore;
  let feed: LiveFeed;

  beforeEach(async () => {
    temp = openTempStore();
    await appendTo(temp.store, 'acme');
    await temp.store.append('other-stream', [{ id: crypto.randomUUID(), type: 'Unrelated', data: {} }]);
    feed = new LiveFeed(temp.store);
    await feed.start();
  });
  afterEach(async () => {
    await feed.stop();
    await temp.dispose();
  });

  it('opens one store subscription however many clients follow', async () => {
    const subscribe = jest.spyOn(temp.store, 'subscribeToAll');
    const head = (await temp.store.headPosition())!;
    const clients = Array.from({ length: 20 }, () => new Collector(feed.follow({ from: head })));
    const position = await appendTo(temp.store, 'acme');
    for (const client of clients) await client.waitFor(1);
    expect(clients.every((client) => client.positions.join() === position)).toBe(true);
    expect(subscribe).not.toHaveBeenCalled();
  });

  it('passes on what is appended after one joined it, company streams only', async () => {
    const client = new Collector(feed.events$);
    await temp.store.append('other-stream', [{ id: crypto.randomUUID(), type: 'Unrelated', data: {} }]);
    const expected = [await appendTo(temp.store, 'acme'), await appendTo(temp.store, 'globex')];
    const marker = await appendTo(temp.store, 'acme');
    await client.waitForPosition(marker);
    expect(client.positions).toEqual([...expected, marker]);
  });

  it('filters by company and by type, exactly (a company id that extends another is not it)', async () => {
    const acmeOnly = new Collector(feed.follow({ from: 'start', filter: new StreamFilter({ companies: ['acme'] }) }));
    const breaches = new Collector(feed.follow({ from: 'start', filter: new StreamFilter({ types: ['BreachAnnounced'] }) }));
    await appendTo(temp.store, 'acme-2');
    const breach = await appendTo(temp.store, 'acme', 'BreachAnnounced');
    await appendTo(temp.store, 'globex', 'OtherDisclosure');
    const globexBreach = await appendTo(temp.store, 'globex', 'BreachAnnounced');
    const marker = await appendTo(temp.store, 'acme', 'BreachAnnounced');
    await breaches.waitForPosition(marker);
    await acmeOnly.waitForPosition(marker);
    expect(acmeOnly.events.map((event) => event.streamId)).toEqual(['company-acme', 'company-acme', 'company-acme']);
    expect(acmeOnly.positions.slice(1)).toEqual([breach, marker]);
    expect(breaches.positions).toEqual([breach, globexBreach, marker]);
  });

  it('resumes strictly after a position', async () => {
    const first = await appendTo(temp.store, 'acme');
    const second = await appendTo(temp.store, 'acme');
    const client = new Collector(feed.follow({ from: first }));
    const third = await appendTo(temp.store, 'acme');
    const marker = await appendTo(temp.store, 'acme');
    await client.waitForPosition(marker);
    expect(client.positions).toEqual([second, third, marker]);
  });

  it('has no gap and no duplicate at the seam while appends keep coming, even when its live buffer overflows', async () => {
    let writing = true;
    const written: string[] = [];
    const writer = (async () => {
      while (writing) {
        written.push(await appendTo(temp.store, `co-${written.length % 7}`));
        if (written.length % 20 === 0) await sleep(0);
      }
    })();
    await waitUntil(
      () => written.length >= 30,
      10_000,
      () => `30 appends before the clients join: ${written.length}`,
    );
    // A slow reader with a tiny live buffer: catch-up keeps falling behind and reading history again.
    const slowReady = () => sleep(1);
    const clients = [
      new Collector(feed.follow({ from: 'start' })),
      new Collector(feed.follow({ from: 'start', ready: slowReady, maxBuffered: 3 })),
      new Collector(feed.follow({ from: 'start', maxBuffered: 1 })),
    ];
    const joinedAt = written.length;
    await waitUntil(
      () => written.length >= joinedAt + 300,
      20_000,
      () => `300 appends while the clients follow: ${written.length - joinedAt}`,
    );
    writing = false;
    await writer;
    const marker = await appendTo(temp.store, 'acme');
    const expected: string[] = [];
    for await (const event of temp.store.readAll({ filter: COMPANY_STREAMS })) expected.push(event.position);
    for (const client of clients) {
      await client.waitForPosition(marker, 20_000);
      expect(client.positions).toEqual(expected);
    }
  });

  it('paces catch-up on what the client takes', async () => {
    for (let i = 0; i < 50; i++) await appendTo(temp.store, 'acme');
    let release!: () => void;
    let gate = new Promise<void>((resolve) => (release = resolve));
    const client = new Collector(feed.follow({ from: 'start', ready: () => gate }));
    await sleep(50);
    expect(client.events).toHaveLength(1);
    release();
    gate = Promise.resolve();
    await client.waitFor(51);
  });

  it('completes every client when it stops', async () => {
    const live = new Collector(feed.events$);
    const catchingUp = new Collector(feed.follow({ from: 'start' }));
    await catchingUp.waitFor(1);
    await feed.stop();
    await waitUntil(() => live.completed && catchingUp.completed, 2_000);
  });

  it('tells a client catching up that the store failed', async () => {
    const failing = new LiveFeed({
      ...temp.store,
      readAll: () => failingRead(),
      subscribeToAll: temp.store.subscribeToAll.bind(temp.store),
      headPosition: () => temp.store.headPosition(),
    } as never);
    await failing.start();
    const client = new Collector(failing.follow({ from: 'start' }));
    await waitUntil(() => client.error !== undefined, 2_000);
    expect(String(client.error)).toContain('disk on fire');
    await failing.stop();
  });
});

// eslint-disable-next-line require-yield -- a read that fails when first iterated
async function* failingRead(): AsyncGenerator<never> {
  throw new Error('disk on fire');
}
