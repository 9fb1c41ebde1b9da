import { EventStore, RecordedEvent, ReadStreamOptions } from '../port/event-store';
import { chainedEvents } from '../testing/chained-events';
import { GENESIS_HASH, computeEventHash } from './event-hash';
import { verifyChain } from './verify-chain';
import { verifyStreamChain } from './verify-stream-chain';

const payloads = (n: number) => Array.from({ length: n }, (_, i) => ({ step: i, note: `event ${i}` }));

function interleaved(): RecordedEvent[] {
  const a = chainedEvents('company-a', payloads(5));
  const b = chainedEvents('company-b', payloads(3));
  return [a[0], b[0], a[1], a[2], b[1], a[3], b[2], a[4]];
}

function rehash(event: RecordedEvent): RecordedEvent {
  const hash = computeEventHash({ ...event, prevHash: event.metadata.prevHash });
  return { ...event, metadata: { ...event.metadata, hash } };
}

describe('verifyChain', () => {
  it('accepts intact chains of interleaved streams, sync or async', async () => {
    expect(await verifyChain(interleaved())).toEqual({ ok: true, events: 8 });
    async function* slowly() {
      for (const event of interleaved()) yield event;
    }
    expect(await verifyChain(slowly())).toEqual({ ok: true, events: 8 });
    expect(await verifyChain([])).toEqual({ ok: true, events: 0 });
  });

  it('names the event whose data changed', async () => {
    const events = chainedEvents('company-a', payloads(5));
    events[2] = { ...events[2], data: { ...events[2].data, note: 'event 2!' } };
    expect(await verifyChain(events)).toEqual({
      ok: false,
      streamId: 'company-a',
      revision: 2,
      reason: 'hash-mismatch',
      expectedHash: computeEventHash({ ...events[2], prevHash: events[1].metadata.hash }),
      foundHash: events[2].metadata.hash,
    });
  });

  it('finds changed metadata', async () => {
    const events = chainedEvents('company-a', payloads(3));
    events[1] = { ...events[1], metadata: { ...events[1].metadata, recordedAt: '2030-01-01T00:00:00.000Z' } };
    expect(await verifyChain(events)).toMatchObject({ ok: false, revision: 1, reason: 'hash-mismatch' });
  });

  it('names a broken prevHash link even when the event hashes correctly', async () => {
    const events = chainedEvents('company-a', payloads(5));
    events[3] = rehash({ ...events[3], metadata: { ...events[3].metadata, prevHash: GENESIS_HASH } });
    expect(await verifyChain(events)).toEqual({
      ok: false,
      streamId: 'company-a',
      revision: 3,
      reason: 'prev-hash-mismatch',
      expectedHash: events[2].metadata.hash,
      foundHash: GENESIS_HASH,
    });
  });

  it('names a missing revision', async () => {
    const events = chainedEvents('company-a', payloads(5));
    events.splice(2, 1);
    expect(await verifyChain(events)).toEqual({
      ok: false,
      streamId: 'company-a',
      revision: 2,
      reason: 'revision-gap',
      expectedHash: events[1].metadata.hash,
      foundHash: events[2].metadata.prevHash,
    });
  });

  it('requires each stream to start at revision 0', async () => {
    const events = chainedEvents('company-a', payloads(3)).slice(1);
    expect(await verifyChain(events)).toMatchObject({ ok: false, streamId: 'company-a', revision: 0, reason: 'revision-gap' });
  });

  it('reports the first broken link in log order', async () => {
    const events = interleaved();
    events[6] = { ...events[6], data: { tampered: true } }; // company-b revision 2
    events[7] = { ...events[7], data: { tampered: true } }; // company-a revision 4
    expect(await verifyChain(events)).toMatchObject({ ok: false, streamId: 'company-b', revision: 2 });
  });
});

describe('verifyStreamChain', () => {
  function storeWith(events: RecordedEvent[]): { store: EventStore; reads: ReadStreamOptions[] } {
    const reads: ReadStreamOptions[] = [];
    const readStream = async (_streamId: string, options: ReadStreamOptions = {}) => {
      reads.push(options);
      const from = options.fromRevision ?? 0;
      return events.filter((e) => e.revision >= from).slice(0, options.maxCount ?? Infinity);
    };
    return { store: { readStream } as unknown as EventStore, reads };
  }

  it('reads a long stream page by page and verifies it whole', async () => {
    const { store, reads } = storeWith(chainedEvents('company-long', payloads(1234)));
    expect(await verifyStreamChain(store, 'company-long')).toEqual({ ok: true, events: 1234 });
    expect(reads.length).toBeGreaterThan(1);
    expect(reads.every((r) => (r.maxCount ?? Infinity) < 1234)).toBe(true);
  });

  it('finds a break on a later page', async () => {
    const events = chainedEvents('company-long', payloads(1234));
    events[1100] = { ...events[1100], type: 'Forged' };
    const { store } = storeWith(events);
    expect(await verifyStreamChain(store, 'company-long')).toMatchObject({ ok: false, revision: 1100, reason: 'hash-mismatch' });
  });
});
