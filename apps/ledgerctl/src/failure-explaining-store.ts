import type { EventStore, RecordedEvent, Subscription } from '@ledger/event-store';

type Explain = (error: unknown) => unknown;

/**
 * The store, with each failure of its own passed through `explain` (which names the store in it). A
 * failure of anything else the command touches, such as a read store, is left as it is.
 */
export function explainingFailures(store: EventStore, explain: Explain): EventStore {
  const rethrow = (error: unknown): never => {
    throw explain(error);
  };
  return {
    append: (...args) => store.append(...args).catch(rethrow),
    readStream: (...args) => store.readStream(...args).catch(rethrow),
    readAll: (...args) => explainingIteration(store.readAll(...args), rethrow),
    subscribeToAll: (...args) => explainingSubscription(store.subscribeToAll(...args), rethrow),
    subscribeToStream: (...args) => explainingSubscription(store.subscribeToStream(...args), rethrow),
    headPosition: () => store.headPosition().catch(rethrow),
    close: () => store.close(),
  };
}

function explainingSubscription(subscription: Subscription, rethrow: (error: unknown) => never): Subscription {
  return Object.assign(explainingIteration(subscription, rethrow), { close: () => subscription.close() });
}

// Wraps each next() rather than looping in a generator of its own: no second generator per event on a
// rebuild's million.
function explainingIteration(source: AsyncIterable<RecordedEvent>, rethrow: (error: unknown) => never): AsyncIterable<RecordedEvent> {
  return {
    [Symbol.asyncIterator]() {
      const iterator = source[Symbol.asyncIterator]();
      return {
        next: () => iterator.next().catch(rethrow),
        return: (value?: unknown) => iterator.return?.(value).catch(rethrow) ?? Promise.resolve({ done: true as const, value: undefined }),
      };
    },
  };
}
