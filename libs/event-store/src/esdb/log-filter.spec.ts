import { EVENT_TYPE, STREAM_NAME } from '@eventstore/db-client';
import { isNarrowing, isVisibleInLog, toServerFilter } from './log-filter';

const event = (streamId: string, type = 'BreachAnnounced') => ({ streamId, type });

describe('log filters', () => {
  it('hides system events whatever the filter', () => {
    expect(isVisibleInLog(event('company-acme'))).toBe(true);
    expect(isVisibleInLog(event('$ce-company', '$>'))).toBe(false);
    expect(isVisibleInLog(event('company-acme', '$metadata'))).toBe(false);
    expect(isVisibleInLog(event('$ce-company', '$>'), { streamPrefixes: [''] })).toBe(false);
  });

  it('keeps events of the given stream prefixes and event types, both when both are given', () => {
    const filter = { streamPrefixes: ['company-', 'issuer-'], eventTypes: ['BreachAnnounced', 'SystemsRestored'] };
    expect(isVisibleInLog(event('company-acme'), filter)).toBe(true);
    expect(isVisibleInLog(event('issuer-acme', 'SystemsRestored'), filter)).toBe(true);
    expect(isVisibleInLog(event('fund-acme'), filter)).toBe(false);
    expect(isVisibleInLog(event('company-acme', 'SharePriceMoved'), filter)).toBe(false);
  });

  it('keeps exact event types only, though the server is asked for them as prefixes', () => {
    expect(isVisibleInLog(event('company-acme', 'BreachAnnouncedLater'), { eventTypes: ['BreachAnnounced'] })).toBe(false);
  });

  it('reads empty lists as no constraint, which the server is not asked to apply', () => {
    expect(isVisibleInLog(event('fund-acme', 'Other'), { streamPrefixes: [], eventTypes: [] })).toBe(true);
    expect(isNarrowing({ streamPrefixes: [], eventTypes: [] })).toBe(false);
    expect(toServerFilter({ streamPrefixes: [], eventTypes: [] })).toBeUndefined();
    expect(toServerFilter()).toBeUndefined();
  });

  it('asks the server to filter on stream prefixes first, with a checkpoint interval', () => {
    const filter = toServerFilter({ streamPrefixes: ['company-'], eventTypes: ['BreachAnnounced'] });
    expect(filter).toMatchObject({ filterOn: STREAM_NAME, prefixes: ['company-'], checkpointInterval: 1 });
  });

  it('asks the server for event types as prefixes, never as a regex', () => {
    const filter = toServerFilter({ eventTypes: ['Breach.Announced', 'Price+Moved'] });
    expect(filter).toMatchObject({ filterOn: EVENT_TYPE, prefixes: ['Breach.Announced', 'Price+Moved'] });
    expect(filter).not.toHaveProperty('regex');
  });

  it("hands the server's checkpoints on with their position", () => {
    const reached: unknown[] = [];
    const filter = toServerFilter({ streamPrefixes: ['company-'] }, (position) => reached.push(position));
    void filter?.checkpointReached?.(undefined as never, { commit: 7n, prepare: 7n });
    expect(reached).toEqual([{ commit: 7n, prepare: 7n }]);
  });
});
