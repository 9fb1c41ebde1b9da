import type { EventStore } from '@ledger/event-store';
import type { ReadModelSource } from './metric-sources';

export const READINESS_SETTINGS = Symbol('ReadinessSettings');
/** Provided by an app with a read model (its ReadModelSource), for readiness. */
export const READ_MODEL_SOURCE = Symbol('ReadModelSource');

export interface ReadinessSettings {
  /** READY_MAX_LAG_EVENTS. */
  maxLagEvents: number;
}

export interface ReadinessCheck {
  name: 'store' | 'read-model';
  ok: boolean;
  detail: string;
  /** read-model: events behind the store's head. */
  lag?: number;
}

/** How long the store may take to answer before it counts as unreachable. */
const STORE_DEADLINE_MS = 2_000;

/** The store answers (its head, within a deadline); the read model, when there is one, is within the lag bound. */
export async function checkReadiness(store: EventStore, readModel: ReadModelSource | undefined, settings: ReadinessSettings): Promise<ReadinessCheck[]> {
  const storeCheck = await checkStore(store);
  if (!readModel) return [storeCheck];
  if (!storeCheck.ok) return [storeCheck, { name: 'read-model', ok: false, detail: 'its lag is unknown while the store does not answer' }];
  const lag = await readModel.lag();
  const ok = lag <= settings.maxLagEvents;
  const detail = `${lag} event(s) behind the store (at most ${settings.maxLagEvents}: READY_MAX_LAG_EVENTS)`;
  return [storeCheck, { name: 'read-model', ok, detail, lag }];
}

async function checkStore(store: EventStore): Promise<ReadinessCheck> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${STORE_DEADLINE_MS / 1000} s`)), STORE_DEADLINE_MS);
  });
  try {
    const head = await Promise.race([store.headPosition(), deadline]);
    return { name: 'store', ok: true, detail: `answers; its head is at ${head ?? '0'}` };
  } catch (error) {
    // The error's name only: a connection failure's message may name hosts and credentials.
    return { name: 'store', ok: false, detail: `does not answer (${error instanceof Error ? error.name : 'error'})` };
  } finally {
    clearTimeout(timer);
  }
}
