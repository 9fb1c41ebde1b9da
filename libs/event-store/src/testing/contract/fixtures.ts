import { randomBytes, randomUUID } from 'node:crypto';
import { EventStore, EventToAppend, JsonObject, RecordedEvent } from '../../port/event-store';
import { Position } from '../../port/position';

/** Per-test timeout: generous, so the suite also runs against a remote server. */
export const CONTRACT_TIMEOUT_MS = 30_000;

/** A stream-name prefix no other test (or earlier run against the same server) uses. */
export function uniquePrefix(): string {
  return `contract${randomBytes(5).toString('hex')}-`;
}

export function newEvent(type = 'ContractTested', data: JsonObject = {}, metadata?: JsonObject): EventToAppend {
  return { id: randomUUID(), type, data, ...(metadata ? { metadata } : {}) };
}

export function newEvents(count: number, type = 'ContractTested'): EventToAppend[] {
  return Array.from({ length: count }, (_, i) => newEvent(type, { n: i, note: `event ${i}` }));
}

/** Where to read "everything appended from now on", without assuming an empty log. */
export async function afterHead(store: EventStore): Promise<Position | 'start'> {
  return (await store.headPosition()) ?? 'start';
}

export async function readAllToArray(iterable: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of iterable) events.push(event);
  return events;
}

/** The error a promise rejects with, checked to be of the given class. */
export async function rejectionOf<E extends Error>(promise: Promise<unknown>, errorClass: new (...args: never[]) => E): Promise<E> {
  let outcome: unknown;
  try {
    outcome = await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(errorClass);
    return error as E;
  }
  throw new Error(`expected ${errorClass.name}, but it resolved with ${JSON.stringify(outcome)}`);
}

export const idsOf = (events: { id: string }[]) => events.map((e) => e.id);
