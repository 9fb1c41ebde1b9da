import { randomUUID } from 'node:crypto';
import { verifyStreamChain } from '../chain/verify-stream-chain';
import { EventToAppend } from '../port/event-store';
import { EventStoreDbEventStore } from './event-store-db-event-store';
import { holdAppendOf } from './testing/held-append';
import { InMemoryEsdbClient } from './testing/in-memory-esdb-client';

const STREAM = 'company-acme';
const event = (n: number): EventToAppend => ({ id: randomUUID(), type: 'Probed', data: { n } });
// Racing processes record at different instants: their versions of the same events differ to the byte.
const CLOCKS = { A: () => new Date('2024-01-01T00:00:00.000Z'), B: () => new Date('2024-02-01T00:00:00.000Z') };

type Writer = 'A' | 'B';
interface Interleaving {
  name: string;
  /** The writer whose append of the batch is held while the other appends it, and where. */
  held: Writer;
  at: 'before the log' | 'after the log';
  /** Whether the held writer appended to the stream just before (and so decides on its cached state). */
  heldWroteLast: boolean;
}

// The server answers an append of ids that already follow the expected revision as a success without
// writing; the stand-in client applies that rule. Every interleaving must end with the batch written
// once, one writer told it wrote it, the other told it was already recorded, and both chaining on.
const interleavings: Interleaving[] = [
  { name: 'A decides on its cached state, B appends first', held: 'A', at: 'before the log', heldWroteLast: true },
  { name: 'A decides on a fresh read, B appends first', held: 'A', at: 'before the log', heldWroteLast: false },
  { name: 'A decides on a fresh read while B, which wrote last, appends first', held: 'B', at: 'before the log', heldWroteLast: false },
  { name: 'A writes first and B decides before A reads its write back', held: 'A', at: 'after the log', heldWroteLast: true },
];

describe('two writers appending the same events to one stream', () => {
  it.each(interleavings)('$name', async ({ held, at, heldWroteLast }) => {
    const log = new InMemoryEsdbClient();
    const batch = [event(1), event(2)];
    const hold = holdAppendOf(log, batch[0].id, at);
    const open = (writer: Writer) => EventStoreDbEventStore.withClient(() => (writer === held ? hold.client : log.asClient()), { clock: CLOCKS[writer] });
    const writers = { A: open('A'), B: open('B') };
    const other: Writer = held === 'A' ? 'B' : 'A';
    try {
      const start = await writers[heldWroteLast ? held : other].append(STREAM, [event(0)]);

      const heldAppend = writers[held].append(STREAM, batch, { expectedRevision: start.nextRevision });
      await hold.reached;
      const otherResult = await writers[other].append(STREAM, batch, { expectedRevision: start.nextRevision });
      hold.release();
      const results = [await heldAppend, otherResult];

      const written = results.filter((result) => !result.alreadyRecorded);
      expect(written).toHaveLength(1);
      expect(results.filter((result) => result.alreadyRecorded)).toEqual([{ ...written[0], alreadyRecorded: true }]);
      expect((await writers.A.readStream(STREAM)).map((e) => e.id)).toEqual([expect.any(String), batch[0].id, batch[1].id]);

      // Each writer's next append chains to the hash the stream holds, not to its own version of the batch.
      await writers.A.append(STREAM, [event(3)]);
      await writers.B.append(STREAM, [event(4)]);
      await writers.A.append(STREAM, [event(5)]);
      expect(await verifyStreamChain(writers.A, STREAM)).toEqual({ ok: true, events: 6 });
    } finally {
      hold.release();
      await Promise.all([writers.A.close(), writers.B.close()]);
    }
  });
});
