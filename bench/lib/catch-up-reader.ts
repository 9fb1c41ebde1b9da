import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EventStore } from '@ledger/event-store';
import { DeliveryLag } from './delivery-lag';

export interface CatchUpReader {
  /** Events the reader has received so far. */
  delivered(): number;
  /** Resolves with the ms it took until every acknowledged event was delivered, or null after `timeoutMs`. */
  drained(timeoutMs: number): Promise<number | null>;
  /** Closes the subscription; rethrows what ended it, if the store failed. */
  stop(): Promise<void>;
}

/** A catch-up subscription to the whole log from its start, telling `lag` of each event as it arrives. */
export function startCatchUpReader(store: EventStore, lag: DeliveryLag): CatchUpReader {
  const subscription = store.subscribeToAll({ from: 'start' });
  let delivered = 0;
  const reading = (async () => {
    for await (const event of subscription) {
      lag.delivered(event.id, performance.now());
      delivered++;
    }
  })();
  return {
    delivered: () => delivered,
    async drained(timeoutMs) {
      const start = performance.now();
      while (lag.backlog > 0) {
        if (performance.now() - start > timeoutMs) return null;
        await sleep(1);
      }
      return performance.now() - start;
    },
    async stop() {
      await subscription.close();
      await reading;
    },
  };
}
