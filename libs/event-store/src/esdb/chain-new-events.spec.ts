import { GENESIS_HASH } from '../chain/event-hash';
import { verifyChain } from '../chain/verify-chain';
import { RecordedEvent } from '../port/event-store';
import { chainNewEvents } from './chain-new-events';
import { missingStreamState } from './stream-state';

const NOW = '2024-06-01T12:00:00.000Z';

/** The chained events as a read would return them. */
function asRecorded(streamId: string, firstRevision: number, events: ReturnType<typeof chainNewEvents>): RecordedEvent[] {
  return events.map((event, i) => ({ ...event, streamId, revision: firstRevision + i, position: String(firstRevision + i + 1) }));
}

describe('chaining new events', () => {
  it('links a new stream from the genesis hash into a chain that verifies', async () => {
    const events = chainNewEvents(
      'company-acme',
      missingStreamState(),
      [
        { id: 'a', type: 'CompanyRegistered', data: { name: 'Acme' } },
        { id: 'b', type: 'BreachAnnounced', data: {}, metadata: { correlationId: 'c-1' } },
      ],
      NOW,
    );
    expect(events[0].metadata.prevHash).toBe(GENESIS_HASH);
    expect(events[1].metadata.prevHash).toBe(events[0].metadata.hash);
    expect(events[1].metadata).toMatchObject({ correlationId: 'c-1', recordedAt: NOW });
    expect(await verifyChain(asRecorded('company-acme', 0, events))).toEqual({ ok: true, events: 2 });
  });

  it('continues a stream from its last revision and hash', async () => {
    const [first] = chainNewEvents('s', missingStreamState(), [{ id: 'a', type: 'T', data: { n: 1 } }], NOW);
    const state = { lastRevision: 0, lastHash: first.metadata.hash, eventIds: ['a'] };
    const [second] = chainNewEvents('s', state, [{ id: 'b', type: 'T', data: { n: 2 } }], NOW);
    expect(second.metadata.prevHash).toBe(first.metadata.hash);
    expect(await verifyChain(asRecorded('s', 0, [first, second]))).toEqual({ ok: true, events: 2 });
  });

  it("keeps the caller's recordedAt, adds one otherwise, and ignores forged chain fields", () => {
    const [given, absent, forged] = chainNewEvents(
      's',
      missingStreamState(),
      [
        { id: 'a', type: 'T', data: {}, metadata: { recordedAt: '2020-01-01T00:00:00.000Z' } },
        { id: 'b', type: 'T', data: {}, metadata: { recordedAt: undefined } },
        { id: 'c', type: 'T', data: {}, metadata: { prevHash: 'forged', hash: 'forged' } },
      ],
      NOW,
    );
    expect(given.metadata.recordedAt).toBe('2020-01-01T00:00:00.000Z');
    expect(absent.metadata.recordedAt).toBe(NOW);
    expect(forged.metadata.prevHash).toBe(absent.metadata.hash);
    expect(forged.metadata.hash).not.toBe('forged');
  });
});
