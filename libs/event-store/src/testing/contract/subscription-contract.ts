import { EventStore, Subscription } from '../../port/event-store';
import { comparePositions } from '../../port/position';
import { SubscriptionReader } from '../subscription-reader';
import { CONTRACT_TIMEOUT_MS, afterHead, idsOf, newEvents, uniquePrefix } from './fixtures';

/** How long a live-only subscription gets to reach the server before the test appends. */
const LIVE_SETTLE_MS = 300;
/** How long to wait for an event that must not come. */
const QUIET_MS = 300;

export function describeSubscriptionContract(store: () => EventStore): void {
  const readers: SubscriptionReader[] = [];
  const reader = (subscription: Subscription): SubscriptionReader => {
    const created = new SubscriptionReader(subscription);
    readers.push(created);
    return created;
  };
  afterEach(async () => {
    await Promise.all(readers.splice(0).map((r) => r.close()));
  });

  describe('subscribeToAll', () => {
    it(
      'catches up, then goes live with no gap and no duplicate while appends go on',
      async () => {
        const prefix = uniquePrefix();
        const from = await afterHead(store());
        const expected: string[] = [];
        for (let i = 0; i < 4; i++) {
          const events = newEvents(5);
          await store().append(`${prefix}${i % 2}`, events);
          expected.push(...idsOf(events));
        }
        const subscription = reader(store().subscribeToAll({ from, filter: { streamPrefixes: [prefix] } }));

        const appendConcurrently = async () => {
          for (let i = 0; i < 15; i++) {
            const events = newEvents(2);
            await store().append(`${prefix}${i % 3}`, events);
            expected.push(...idsOf(events));
            await new Promise((resolve) => setTimeout(resolve, i % 4));
          }
        };
        const [received] = await Promise.all([subscription.take(50, 20_000), appendConcurrently()]);

        expect(idsOf(received)).toEqual(expected);
        for (let i = 1; i < received.length; i++) {
          expect(comparePositions(received[i - 1].position, received[i].position)).toBeLessThan(0);
        }
        expect(await subscription.drain(QUIET_MS)).toEqual([]);
      },
      CONTRACT_TIMEOUT_MS,
    );

    it(
      'resumes strictly after a checkpoint',
      async () => {
        const prefix = uniquePrefix();
        const events = newEvents(10);
        await store().append(`${prefix}s`, events.slice(0, 5));
        await store().append(`${prefix}s`, events.slice(5));
        const [checkpoint] = await store().readStream(`${prefix}s`, { fromRevision: 4, maxCount: 1 });

        const subscription = reader(store().subscribeToAll({ from: checkpoint.position, filter: { streamPrefixes: [prefix] } }));
        expect(idsOf(await subscription.take(5))).toEqual(idsOf(events.slice(5)));
        const live = newEvents(2);
        await store().append(`${prefix}s`, live);
        expect(idsOf(await subscription.take(2))).toEqual(idsOf(live));
      },
      CONTRACT_TIMEOUT_MS,
    );

    it(
      "from 'end' delivers only what is appended afterwards",
      async () => {
        const prefix = uniquePrefix();
        await store().append(`${prefix}s`, newEvents(3));
        const subscription = reader(store().subscribeToAll({ from: 'end', filter: { streamPrefixes: [prefix] } }));
        await subscription.drain(LIVE_SETTLE_MS);
        const live = newEvents(2);
        await store().append(`${prefix}s`, live);
        expect(idsOf(await subscription.take(2))).toEqual(idsOf(live));
        expect(await subscription.drain(QUIET_MS)).toEqual([]);
      },
      CONTRACT_TIMEOUT_MS,
    );

    it(
      'filters live events by event type',
      async () => {
        const prefix = uniquePrefix();
        const type = `Contract${prefix.slice(8, -1)}Kept`;
        const subscription = reader(store().subscribeToAll({ from: await afterHead(store()), filter: { eventTypes: [type] } }));
        const kept = newEvents(2, type);
        await store().append(`${prefix}s`, [newEvents(1)[0], kept[0], newEvents(1)[0], kept[1]]);
        expect(idsOf(await subscription.take(2))).toEqual(idsOf(kept));
      },
      CONTRACT_TIMEOUT_MS,
    );

    it(
      'ends when closed',
      async () => {
        const subscription = reader(store().subscribeToAll({ from: 'end', filter: { streamPrefixes: [uniquePrefix()] } }));
        const ended = subscription.endsWithin(5_000);
        await subscription.close();
        expect(await ended).toBe(true);
      },
      CONTRACT_TIMEOUT_MS,
    );
  });

  describe('subscribeToStream', () => {
    it(
      'catches up on one stream only, then goes live',
      async () => {
        const prefix = uniquePrefix();
        const past = newEvents(5);
        await store().append(`${prefix}mine`, past);
        await store().append(`${prefix}other`, newEvents(2));
        const subscription = reader(store().subscribeToStream(`${prefix}mine`));
        expect(idsOf(await subscription.take(5))).toEqual(idsOf(past));

        const live = newEvents(3);
        await store().append(`${prefix}other`, newEvents(1));
        await store().append(`${prefix}mine`, live.slice(0, 1));
        await store().append(`${prefix}mine`, live.slice(1));
        const received = await subscription.take(3);
        expect(idsOf(received)).toEqual(idsOf(live));
        expect(received.map((e) => e.revision)).toEqual([5, 6, 7]);
        expect(await subscription.drain(QUIET_MS)).toEqual([]);
      },
      CONTRACT_TIMEOUT_MS,
    );

    it(
      'resumes strictly after a revision',
      async () => {
        const stream = `${uniquePrefix()}s`;
        const past = newEvents(5);
        await store().append(stream, past);
        const subscription = reader(store().subscribeToStream(stream, { from: 2 }));
        expect(idsOf(await subscription.take(2))).toEqual(idsOf(past.slice(3)));
      },
      CONTRACT_TIMEOUT_MS,
    );

    it(
      "from 'end' delivers only what is appended afterwards, also to a stream that did not exist",
      async () => {
        const prefix = uniquePrefix();
        await store().append(`${prefix}old`, newEvents(3));
        const existing = reader(store().subscribeToStream(`${prefix}old`, { from: 'end' }));
        const created = reader(store().subscribeToStream(`${prefix}new`, { from: 'end' }));
        await Promise.all([existing.drain(LIVE_SETTLE_MS), created.drain(LIVE_SETTLE_MS)]);
        const live = newEvents(2);
        await store().append(`${prefix}old`, live.slice(0, 1));
        await store().append(`${prefix}new`, live.slice(1));
        expect(idsOf(await existing.take(1))).toEqual([live[0].id]);
        expect(idsOf(await created.take(1))).toEqual([live[1].id]);
      },
      CONTRACT_TIMEOUT_MS,
    );
  });
}
