import { EventIdConflictError, WrongExpectedRevisionError } from '../../port/errors';
import { EventStore } from '../../port/event-store';
import { ActualRevision, ExpectedRevision } from '../../port/expected-revision';
import { comparePositions, isPosition } from '../../port/position';
import { CONTRACT_TIMEOUT_MS, idsOf, newEvent, newEvents, readAllToArray, rejectionOf, uniquePrefix } from './fixtures';

export function describeAppendContract(store: () => EventStore): void {
  it(
    'appends and reads back events with their data, metadata, revisions and increasing positions',
    async () => {
      const stream = `${uniquePrefix()}roundtrip`;
      const written = [
        newEvent('Opened', { name: 'Acme plc', tags: ['a', 'b'], nested: { n: 1.5, flag: true, none: null } }, { correlationId: 'c-1', schemaVersion: 1 }),
        newEvent('Changed', { summary: 'é€😀 "quoted"' }),
        newEvent('Changed', {}),
      ];
      const result = await store().append(stream, written, { expectedRevision: 'no_stream' });
      const read = await store().readStream(stream);

      expect(result.nextRevision).toBe(2);
      expect(read.map(({ streamId, revision, id, type, data }) => ({ streamId, revision, id, type, data }))).toEqual(
        written.map(({ id, type, data }, revision) => ({ streamId: stream, revision, id, type, data })),
      );
      expect(read[0].metadata).toMatchObject({ correlationId: 'c-1', schemaVersion: 1 });
      for (const event of read) {
        expect(event.metadata.recordedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
        expect(event.metadata.prevHash).toMatch(/^[0-9a-f]{64}$/);
        expect(event.metadata.hash).toMatch(/^[0-9a-f]{64}$/);
        expect(isPosition(event.position)).toBe(true);
      }
      expect(comparePositions(read[0].position, read[1].position)).toBeLessThan(0);
      expect(comparePositions(read[1].position, read[2].position)).toBeLessThan(0);
      expect(result.position).toBe(read[2].position);

      const later = await store().append(stream, [newEvent()]);
      expect(later.nextRevision).toBe(3);
      expect(comparePositions(result.position, later.position)).toBeLessThan(0);
    },
    CONTRACT_TIMEOUT_MS,
  );

  it(
    'keeps the recordedAt the caller gives and adds one otherwise',
    async () => {
      const stream = `${uniquePrefix()}recorded-at`;
      await store().append(stream, [newEvent('Given', {}, { recordedAt: '2020-01-02T03:04:05.000Z' }), newEvent('Added')]);
      const [given, added] = await store().readStream(stream);
      expect(given.metadata.recordedAt).toBe('2020-01-02T03:04:05.000Z');
      expect(Number.isNaN(Date.parse(added.metadata.recordedAt))).toBe(false);
    },
    CONTRACT_TIMEOUT_MS,
  );

  describe('expected revision', () => {
    /** A fresh stream with `existing` events (0 = no stream). */
    async function streamWith(existing: number): Promise<string> {
      const stream = `${uniquePrefix()}expected`;
      if (existing > 0) await store().append(stream, newEvents(existing));
      return stream;
    }

    it.each<[string, number, ExpectedRevision | undefined, number]>([
      ['any on a missing stream', 0, 'any', 0],
      ['any on an existing stream', 2, 'any', 2],
      ['nothing (any) on an existing stream', 2, undefined, 2],
      ['no_stream on a missing stream', 0, 'no_stream', 0],
      ['stream_exists on an existing stream', 2, 'stream_exists', 2],
      ['the exact last revision', 3, 2, 3],
    ])(
      'accepts %s',
      async (_case, existing, expectedRevision, nextRevision) => {
        const stream = await streamWith(existing);
        const result = await store().append(stream, [newEvent()], expectedRevision === undefined ? undefined : { expectedRevision });
        expect(result.nextRevision).toBe(nextRevision);
        expect(await store().readStream(stream)).toHaveLength(existing + 1);
      },
      CONTRACT_TIMEOUT_MS,
    );

    it.each<[string, number, ExpectedRevision, ActualRevision]>([
      ['no_stream on an existing stream', 2, 'no_stream', 1],
      ['stream_exists on a missing stream', 0, 'stream_exists', 'no_stream'],
      ['an older revision', 2, 0, 1],
      ['a later revision', 2, 5, 1],
      ['a revision of a missing stream', 0, 0, 'no_stream'],
    ])(
      'rejects %s, naming expected and actual, and writes nothing',
      async (_case, existing, expectedRevision, actual) => {
        const stream = await streamWith(existing);
        const error = await rejectionOf(store().append(stream, newEvents(2), { expectedRevision }), WrongExpectedRevisionError);
        expect({ streamId: error.streamId, expected: error.expected, actual: error.actual }).toEqual({ streamId: stream, expected: expectedRevision, actual });
        expect(await store().readStream(stream)).toHaveLength(existing);
      },
      CONTRACT_TIMEOUT_MS,
    );
  });

  describe('idempotent event ids, within a stream', () => {
    it(
      'answers the same events appended again after the same expected revision with the original result, writing nothing',
      async () => {
        const stream = `${uniquePrefix()}retry`;
        const batch = newEvents(2);
        const original = await store().append(stream, batch, { expectedRevision: 'no_stream' });
        expect(original.alreadyRecorded).toBeUndefined();
        await store().append(stream, [newEvent()]);

        expect(await store().append(stream, batch, { expectedRevision: 'no_stream' })).toEqual({ ...original, alreadyRecorded: true });
        expect(await store().readStream(stream)).toHaveLength(3);
      },
      CONTRACT_TIMEOUT_MS,
    );

    it(
      'answers a retry after an exact revision, even when the stream has moved on since',
      async () => {
        const stream = `${uniquePrefix()}retry-exact`;
        await store().append(stream, newEvents(2));
        const batch = newEvents(3);
        const original = await store().append(stream, batch, { expectedRevision: 1 });
        await store().append(stream, newEvents(2), { expectedRevision: 4 });

        expect(await store().append(stream, batch, { expectedRevision: 1 })).toEqual({ ...original, alreadyRecorded: true });
        expect(await store().readStream(stream)).toHaveLength(7);
      },
      CONTRACT_TIMEOUT_MS,
    );

    it(
      'answers the last append repeated with any as already recorded',
      async () => {
        const stream = `${uniquePrefix()}retry-any`;
        await store().append(stream, newEvents(1));
        const batch = newEvents(2);
        const original = await store().append(stream, batch, { expectedRevision: 'any' });
        expect(await store().append(stream, batch, { expectedRevision: 'any' })).toEqual({ ...original, alreadyRecorded: true });
        expect(await store().readStream(stream)).toHaveLength(3);
      },
      CONTRACT_TIMEOUT_MS,
    );

    it(
      'rejects the same ids after the expected revision with other content, naming the id',
      async () => {
        const stream = `${uniquePrefix()}reused`;
        const [first] = newEvents(1);
        await store().append(stream, [first], { expectedRevision: 'no_stream' });
        for (const changed of [
          { ...first, data: { n: 99 } },
          { ...first, type: 'Other' },
        ]) {
          const error = await rejectionOf(store().append(stream, [changed], { expectedRevision: 'no_stream' }), EventIdConflictError);
          expect({ eventId: error.eventId, streamId: error.streamId, existingStreamId: error.existingStreamId }).toEqual({
            eventId: first.id,
            streamId: stream,
            existingStreamId: stream,
          });
        }
        expect(await store().readStream(stream)).toHaveLength(1);
      },
      CONTRACT_TIMEOUT_MS,
    );

    it(
      'refuses, as a revision conflict, a batch of which only the first events follow the expected revision',
      async () => {
        const stream = `${uniquePrefix()}partial`;
        const known = newEvents(2);
        await store().append(stream, known, { expectedRevision: 'no_stream' });
        const fresh = newEvent();
        const error = await rejectionOf(store().append(stream, [known[0], fresh], { expectedRevision: 'no_stream' }), WrongExpectedRevisionError);
        expect({ expected: error.expected, actual: error.actual }).toEqual({ expected: 'no_stream', actual: 1 });
        expect(idsOf(await store().readStream(stream))).toEqual(idsOf(known));
      },
      CONTRACT_TIMEOUT_MS,
    );

    it(
      'keeps ids to their stream: the same id appended to another stream is another event',
      async () => {
        const prefix = uniquePrefix();
        const [first] = newEvents(1);
        await store().append(`${prefix}home`, [first]);
        const elsewhere = await store().append(`${prefix}elsewhere`, [first], { expectedRevision: 'no_stream' });
        expect(elsewhere.alreadyRecorded).toBeUndefined();
        expect(idsOf(await store().readStream(`${prefix}elsewhere`))).toEqual([first.id]);
        expect(idsOf(await store().readStream(`${prefix}home`))).toEqual([first.id]);
      },
      CONTRACT_TIMEOUT_MS,
    );
  });

  describe('atomic multi-event append', () => {
    it(
      'gives a batch consecutive revisions and adjacent positions in the log',
      async () => {
        const stream = `${uniquePrefix()}batch`;
        const batch = newEvents(5);
        const result = await store().append(stream, batch);
        const read = await store().readStream(stream);
        expect(read.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4]);
        expect(result).toEqual({ nextRevision: 4, position: read[4].position });
        const following = await readAllToArray(store().readAll({ after: read[0].position, maxCount: 4 }));
        expect(idsOf(following)).toEqual(idsOf(batch.slice(1)));
      },
      CONTRACT_TIMEOUT_MS,
    );

    it(
      'writes nothing of a batch that is refused',
      async () => {
        const stream = `${uniquePrefix()}batch`;
        await store().append(stream, newEvents(1));
        await rejectionOf(store().append(stream, newEvents(4), { expectedRevision: 'no_stream' }), WrongExpectedRevisionError);
        expect(await store().readStream(stream)).toHaveLength(1);
      },
      CONTRACT_TIMEOUT_MS,
    );
  });

  it(
    'reports a head position at or after the last append',
    async () => {
      const result = await store().append(`${uniquePrefix()}head`, [newEvent()]);
      const head = await store().headPosition();
      expect(head).not.toBeNull();
      expect(comparePositions(head as string, result.position)).toBeGreaterThanOrEqual(0);
    },
    CONTRACT_TIMEOUT_MS,
  );
}
