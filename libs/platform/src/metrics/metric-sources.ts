import { Counter, Gauge, Registry } from 'prom-client';
import { Position, parsePosition } from '@ledger/event-store';

/** The event store as the metrics read it; writeStats only where a writer thread groups appends (SQLite). */
export interface StoreSource {
  headPosition(): Promise<Position | null>;
  writeStats?(): { commits: number; appends: number; largestGroup: number };
}

/** A read model's projector and its rebuilds, read at each scrape. */
export interface ReadModelSource {
  /** The log position of the last event applied; null before any. */
  readonly checkpoint: Position | null;
  /** Events behind the store's head (0 when positions do not count events and it is level). */
  lag(): Promise<number>;
  /** The rebuild running or last run; null when none ran. */
  readonly rebuild: { state: string; events: number; total: number | null } | null;
}

export interface LiveSource {
  readonly openStreams: number;
}

/** An embedded store's position counts events; an EventStoreDB one is a byte offset, still a level to plot. */
function commitOf(position: Position | null): number {
  return position === null ? 0 : Number(parsePosition(position).commit);
}

export function watchStore(registry: Registry, store: StoreSource): void {
  new Gauge({
    name: 'ledger_store_head_position',
    help: 'The log position of the last event in the store',
    registers: [registry],
    async collect() {
      this.set(commitOf(await store.headPosition().catch(() => null)));
    },
  });
  const stats = store.writeStats?.bind(store);
  if (!stats) return;
  new Counter({
    name: 'ledger_append_groups_total',
    help: 'Transactions (one disk sync each) the writer thread committed',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(stats().commits);
    },
  });
  new Counter({
    name: 'ledger_append_group_members_total',
    help: 'Appends answered by those transactions: divided by ledger_append_groups_total, the mean group size',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(stats().appends);
    },
  });
  new Gauge({
    name: 'ledger_append_group_size_max',
    help: 'The most appends one transaction answered since the start',
    registers: [registry],
    collect() {
      this.set(stats().largestGroup);
    },
  });
}

export function watchReadModel(registry: Registry, readModel: ReadModelSource): void {
  new Gauge({
    name: 'ledger_projector_position',
    help: 'The log position of the last event the read model applied',
    registers: [registry],
    collect() {
      this.set(commitOf(readModel.checkpoint));
    },
  });
  new Gauge({
    name: 'ledger_projector_lag_events',
    help: 'Events in the store the read model has not applied yet',
    registers: [registry],
    async collect() {
      this.set(await readModel.lag().catch(() => Number.NaN));
    },
  });
  new Gauge({
    name: 'ledger_rebuild_running',
    help: '1 while a rebuild of the read model runs',
    registers: [registry],
    collect() {
      const state = readModel.rebuild?.state;
      this.set(state === 'building' || state === 'sealing' ? 1 : 0);
    },
  });
  new Gauge({
    name: 'ledger_rebuild_events',
    help: 'Events applied by the running (or last) rebuild',
    registers: [registry],
    collect() {
      this.set(readModel.rebuild?.events ?? 0);
    },
  });
  new Gauge({
    name: 'ledger_rebuild_target_events',
    help: 'Events the running (or last) rebuild has to apply (NaN when the store does not count them)',
    registers: [registry],
    collect() {
      this.set(readModel.rebuild ? (readModel.rebuild.total ?? Number.NaN) : 0);
    },
  });
}

export function watchLive(registry: Registry, live: LiveSource): void {
  new Gauge({
    name: 'ledger_live_clients',
    help: 'Live streams open now',
    registers: [registry],
    collect() {
      this.set(live.openStreams);
    },
  });
}
