import { EVENT_TYPE, STREAM_NAME } from '@eventstore/db-client';
import { claimStreamOf } from './event-id-claims';
import { isVisibleInLog, toSubscriptionFilter } from './log-filter';

const event = (streamId: string, type = 'BreachAnnounced') => ({ streamId, type });

describe('log filters', () => {
  it('hides system events and event id claims whatever the filter', () => {
    expect(isVisibleInLog(event('company-acme'))).toBe(true);
    expect(isVisibleInLog(event('$ce-company', '$>'))).toBe(false);
    expect(isVisibleInLog(event('company-acme', '$metadata'))).toBe(false);
    expect(isVisibleInLog(event(claimStreamOf('1f0c2b4e-0000-4000-8000-000000000000'), 'EventIdClaimed'))).toBe(false);
    expect(isVisibleInLog(event(claimStreamOf('x')), { streamPrefixes: [''] })).toBe(false);
  });

  it('keeps events of the given stream prefixes and event types, both when both are given', () => {
    const filter = { streamPrefixes: ['company-', 'issuer-'], eventTypes: ['BreachAnnounced', 'SystemsRestored'] };
    expect(isVisibleInLog(event('company-acme'), filter)).toBe(true);
    expect(isVisibleInLog(event('issuer-acme', 'SystemsRestored'), filter)).toBe(true);
    expect(isVisibleInLog(event('fund-acme'), filter)).toBe(false);
    expect(isVisibleInLog(event('company-acme', 'SharePriceMoved'), filter)).toBe(false);
  });

  it('reads empty lists as no constraint', () => {
    expect(isVisibleInLog(event('fund-acme', 'Other'), { streamPrefixes: [], eventTypes: [] })).toBe(true);
    expect(toSubscriptionFilter({ streamPrefixes: [], eventTypes: [] })).toEqual(toSubscriptionFilter());
  });

  it('asks the server to filter on stream prefixes first', () => {
    const filter = toSubscriptionFilter({ streamPrefixes: ['company-'], eventTypes: ['BreachAnnounced'] });
    expect(filter).toMatchObject({ filterOn: STREAM_NAME, prefixes: ['company-'] });
  });

  it('asks the server for exact event types, with regex characters escaped', () => {
    const filter = toSubscriptionFilter({ eventTypes: ['Breach.Announced', 'Price+Moved'] });
    expect(filter.filterOn).toBe(EVENT_TYPE);
    const regex = new RegExp((filter as { regex: string }).regex);
    expect(['Breach.Announced', 'Price+Moved'].every((type) => regex.test(type))).toBe(true);
    expect(['BreachXAnnounced', 'PriceeMoved', 'Breach.AnnouncedLater', 'OldBreach.Announced'].some((type) => regex.test(type))).toBe(false);
  });

  it('without a filter, asks the server to leave out system streams and event id claims', () => {
    const filter = toSubscriptionFilter();
    expect(filter.filterOn).toBe(STREAM_NAME);
    const regex = new RegExp((filter as { regex: string }).regex);
    expect(regex.test('company-acme')).toBe(true);
    expect(regex.test('$ce-company')).toBe(false);
    expect(regex.test(claimStreamOf('1f0c2b4e-0000-4000-8000-000000000000'))).toBe(false);
  });
});
