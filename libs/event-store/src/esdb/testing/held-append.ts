import { EventStoreDBClient } from '@eventstore/db-client';
import { InMemoryEsdbClient } from './in-memory-esdb-client';

export interface HeldAppend {
  /** The client whose first append carrying the event id is held. */
  client: EventStoreDBClient;
  /** Settles when that append has reached the hold. */
  reached: Promise<void>;
  release(): void;
}

/**
 * A client on `log` whose first append carrying `eventId` waits, before it reaches the log or after the
 * log answered it, until released: two writers can then be interleaved step by step.
 */
export function holdAppendOf(log: InMemoryEsdbClient, eventId: string, at: 'before the log' | 'after the log'): HeldAppend {
  let arrive!: () => void;
  let release!: () => void;
  const reached = new Promise<void>((resolve) => (arrive = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = false;
  const append: InMemoryEsdbClient['appendToStream'] = async (stream, events, ...rest) => {
    const carries = (Array.isArray(events) ? events : [events]).some((event) => event.id === eventId);
    if (!carries || held) return log.appendToStream(stream, events, ...rest);
    held = true;
    if (at === 'before the log') {
      arrive();
      await released;
      return log.appendToStream(stream, events, ...rest);
    }
    const answer = await log.appendToStream(stream, events, ...rest);
    arrive();
    await released;
    return answer;
  };
  const client = new Proxy(log, {
    get: (target, property) => {
      if (property === 'appendToStream') return append;
      const value = Reflect.get(target, property) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { client: client as unknown as EventStoreDBClient, reached, release };
}
