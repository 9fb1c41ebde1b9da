import { EventStore } from '../../port/event-store';
import { CONTRACT_TIMEOUT_MS, afterHead, idsOf, newEvent, newEvents, readAllToArray, uniquePrefix } from './fixtures';

export function describeReadContract(store: () => EventStore): void {
  describe('readStream', () => {
    let stream: string;
    beforeAll(async () => {
      stream = `${uniquePrefix()}ten`;
      await store().append(stream, newEvents(10));
    }, CONTRACT_TIMEOUT_MS);

    const revisions = async (options: Parameters<EventStore['readStream']>[1]) => (await store().readStream(stream, options)).map((e) => e.revision);

    it(
      'reads forwards by default and backwards on request',
      async () => {
        expect(await revisions(undefined)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        expect(await revisions({ direction: 'backwards' })).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
      },
      CONTRACT_TIMEOUT_MS,
    );

    it(
      'starts at fromRevision, in either direction, and stops at maxCount',
      async () => {
        expect(await revisions({ fromRevision: 4, maxCount: 3 })).toEqual([4, 5, 6]);
        expect(await revisions({ fromRevision: 4, maxCount: 3, direction: 'backwards' })).toEqual([4, 3, 2]);
        expect(await revisions({ fromRevision: 8 })).toEqual([8, 9]);
        expect(await revisions({ maxCount: 2, direction: 'backwards' })).toEqual([9, 8]);
        expect(await revisions({ fromRevision: 10 })).toEqual([]);
      },
      CONTRACT_TIMEOUT_MS,
    );

    it(
      'reads a missing stream as empty',
      async () => {
        expect(await store().readStream(`${uniquePrefix()}missing`)).toEqual([]);
        expect(await store().readStream(`${uniquePrefix()}missing`, { direction: 'backwards' })).toEqual([]);
      },
      CONTRACT_TIMEOUT_MS,
    );
  });

  describe('readAll', () => {
    let prefix: string;
    let typePrefix: string;
    let appendedIds: string[];
    let before: string;

    beforeAll(async () => {
      prefix = uniquePrefix();
      typePrefix = `Contract${prefix.slice(8, -1)}`;
      before = await afterHead(store());
      appendedIds = [];
      for (let i = 0; i < 6; i++) {
        const event = newEvent(`${typePrefix}${i % 2 === 0 ? 'Alpha' : 'Beta'}`, { i });
        await store().append(`${prefix}${i % 2 === 0 ? 'a' : 'b'}`, [event]);
        appendedIds.push(event.id);
      }
    }, CONTRACT_TIMEOUT_MS);

    it(
      'reads the log in order, strictly after a position, filtered by stream prefix',
      async () => {
        const all = await readAllToArray(store().readAll({ after: before, filter: { streamPrefixes: [prefix] } }));
        expect(idsOf(all)).toEqual(appendedIds);
        const rest = await readAllToArray(store().readAll({ after: all[1].position, filter: { streamPrefixes: [prefix] } }));
        expect(idsOf(rest)).toEqual(appendedIds.slice(2));
      },
      CONTRACT_TIMEOUT_MS,
    );

    it(
      'stops at maxCount',
      async () => {
        const some = await readAllToArray(store().readAll({ after: before, maxCount: 3, filter: { streamPrefixes: [prefix] } }));
        expect(idsOf(some)).toEqual(appendedIds.slice(0, 3));
      },
      CONTRACT_TIMEOUT_MS,
    );

    it(
      'filters by several stream prefixes and by event types',
      async () => {
        const onlyB = await readAllToArray(store().readAll({ after: before, filter: { streamPrefixes: [`${prefix}b`, `${prefix}zzz`] } }));
        expect(idsOf(onlyB)).toEqual([appendedIds[1], appendedIds[3], appendedIds[5]]);
        const onlyAlpha = await readAllToArray(store().readAll({ after: before, filter: { eventTypes: [`${typePrefix}Alpha`] } }));
        expect(idsOf(onlyAlpha)).toEqual([appendedIds[0], appendedIds[2], appendedIds[4]]);
        expect(onlyAlpha.every((e) => e.type === `${typePrefix}Alpha`)).toBe(true);
      },
      CONTRACT_TIMEOUT_MS,
    );

    it(
      'reads a log longer than any page, in order',
      async () => {
        const longPrefix = uniquePrefix();
        const start = await afterHead(store());
        const ids: string[] = [];
        for (let batch = 0; batch < 12; batch++) {
          const events = newEvents(100);
          await store().append(`${longPrefix}${batch % 3}`, events);
          ids.push(...idsOf(events));
        }
        const read = await readAllToArray(store().readAll({ after: start, filter: { streamPrefixes: [longPrefix] } }));
        expect(idsOf(read)).toEqual(ids);
      },
      CONTRACT_TIMEOUT_MS,
    );
  });
}
