import type { EventStore } from '@ledger/event-store';
import { LedgerMetrics } from './ledger-metrics';

/**
 * The store, its appends timed and counted: every other call goes to the store as it is (a Proxy, so
 * what only one kind of store has, such as the SQLite store's writeStats, stays reachable).
 */
export function measureAppends<T extends EventStore>(store: T, metrics: LedgerMetrics): T {
  const append: EventStore['append'] = async (...args) => {
    const started = performance.now();
    try {
      const result = await store.append(...args);
      metrics.observeAppend('ok', (performance.now() - started) / 1000);
      return result;
    } catch (error) {
      metrics.observeAppend(error instanceof Error ? error.name : 'error', (performance.now() - started) / 1000);
      throw error;
    }
  };
  return new Proxy(store, {
    get(target, property) {
      if (property === 'append') return append;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
