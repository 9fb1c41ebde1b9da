import { randomUUID } from 'node:crypto';
import { verifyStreamChain } from '../chain/verify-stream-chain';
import { EventToAppend } from '../port/event-store';
import { storesOnAFreshFile } from '../testing/stores-on-a-fresh-file';

const event = (note: string): EventToAppend => ({ id: randomUUID(), type: 'Noted', data: { note } });
const events = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => event(`${prefix} ${i}`));

// Batches are written many rows per INSERT statement: these cross the statements' boundaries.
describe('SqliteEventStore appending batches', () => {
  const { open } = storesOnAFreshFile();

  it.each([15, 16, 17, 41, 100])('appends %i events at consecutive revisions and positions, in order, chained', async (count) => {
    const store = open();
    await store.append('company-a', [event('first')]);
    const batch = events(count, 'batch');
    expect(await store.append('company-a', batch, { expectedRevision: 0 })).toEqual({ nextRevision: count, position: String(count + 1) });
    const read = await store.readStream('company-a');
    expect(read.slice(1).map(({ id, revision, position }) => ({ id, revision, position }))).toEqual(
      batch.map(({ id }, i) => ({ id, revision: i + 1, position: String(i + 2) })),
    );
    expect(await verifyStreamChain(store, 'company-a')).toEqual({ ok: true, events: count + 1 });
  });

  it('writes nothing of a batch that collides with another writer, then appends it after that writer', async () => {
    const mine = open();
    const other = open();
    await mine.append('company-a', [event('mine')]);
    await other.append('company-a', events(20, 'theirs'), { expectedRevision: 0 });

    // The revision this writer remembers is stale: its first attempt collides and is rolled back.
    const batch = events(40, 'late');
    expect(await mine.append('company-a', batch)).toEqual({ nextRevision: 60, position: '61' });
    const read = await mine.readStream('company-a');
    expect(read.map((e) => e.revision)).toEqual(Array.from({ length: 61 }, (_, i) => i));
    expect(read.slice(21).map((e) => e.id)).toEqual(batch.map((e) => e.id));
    expect(await verifyStreamChain(other, 'company-a')).toEqual({ ok: true, events: 61 });
  });
});
