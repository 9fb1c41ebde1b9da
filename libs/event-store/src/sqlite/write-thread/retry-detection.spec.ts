import { prepareEvents, readPreparedEvents } from '../prepared-event';
import { retryOutcome } from './retry-detection';
import { StoredEventRow } from './writer-statements';

const events = readPreparedEvents(
  prepareEvents(
    [
      { id: 'e1', type: 'Noted', data: { n: 1 } },
      { id: 'e2', type: 'Noted', data: { n: 2 } },
    ],
    () => '2026-01-01T00:00:00.000Z',
  ),
);
const stored = (overrides: Partial<StoredEventRow>[] = []): StoredEventRow[] =>
  events.map((event, i) => ({ position: 10 + i, revision: 4 + i, event_id: event.id, type: event.type, data: event.canonicalData, ...overrides[i] }));

describe('retryOutcome', () => {
  it("answers the same events with the original append's result", () => {
    expect(retryOutcome(events, stored())).toEqual({ kind: 'appended', nextRevision: 5, position: 11, alreadyRecorded: true });
  });

  it.each<[string, Partial<StoredEventRow>[]]>([
    ['other data', [{}, { data: '{"n":3}' }]],
    ['another type', [{ type: 'Other' }]],
  ])('names the id recorded with %s', (_case, overrides) => {
    expect(retryOutcome(events, stored(overrides))).toEqual({ kind: 'id-conflict', eventId: overrides[0].type ? 'e1' : 'e2' });
  });

  it.each<[string, StoredEventRow[]]>([
    ['nothing after the expected revision', []],
    ['only the first events', stored().slice(0, 1)],
    ['other ids', stored([{ event_id: 'x1' }, { event_id: 'x2' }])],
    ['the same ids in another order', stored([{ event_id: 'e2' }, { event_id: 'e1' }])],
  ])('is no retry with %s', (_case, rows) => {
    expect(retryOutcome(events, rows)).toBeNull();
  });
});
