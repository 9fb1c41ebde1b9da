import { GENESIS_HASH, computeEventHash } from '../../chain/event-hash';
import { verifyStreamChain } from '../../chain/verify-stream-chain';
import { EventStore } from '../../port/event-store';
import { CONTRACT_TIMEOUT_MS, newEvent, newEvents, uniquePrefix } from './fixtures';

export function describeChainContract(store: () => EventStore): void {
  it(
    'links every event of a stream into a hash chain that verifies',
    async () => {
      const stream = `${uniquePrefix()}chain`;
      await store().append(stream, newEvents(1));
      await store().append(stream, newEvents(2));
      await store().append(stream, [newEvent('Changed', { deep: { list: [1, 'two', null] } }, { correlationId: 'c' })]);
      const read = await store().readStream(stream);

      expect(read[0].metadata.prevHash).toBe(GENESIS_HASH);
      read.forEach((event, i) => {
        if (i > 0) expect(event.metadata.prevHash).toBe(read[i - 1].metadata.hash);
        expect(event.metadata.hash).toBe(computeEventHash({ ...event, prevHash: event.metadata.prevHash }));
      });
      expect(await verifyStreamChain(store(), stream)).toEqual({ ok: true, events: 4 });
    },
    CONTRACT_TIMEOUT_MS,
  );

  it(
    'sets prevHash and hash itself, whatever the caller put in metadata',
    async () => {
      const stream = `${uniquePrefix()}forged`;
      await store().append(stream, [newEvent('Forged', {}, { prevHash: 'forged', hash: 'forged' })]);
      const [event] = await store().readStream(stream);
      expect(event.metadata.prevHash).toBe(GENESIS_HASH);
      expect(event.metadata.hash).not.toBe('forged');
      expect(await verifyStreamChain(store(), stream)).toEqual({ ok: true, events: 1 });
    },
    CONTRACT_TIMEOUT_MS,
  );
}
