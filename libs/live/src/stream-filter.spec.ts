import type { RecordedEvent } from '@ledger/event-store';
import { StreamFilter } from './stream-filter';

const event = (streamId: string, type: string) => ({ streamId, type }) as RecordedEvent;

describe('StreamFilter', () => {
  it('matches everything when nothing is asked', () => {
    expect(new StreamFilter().matches(event('company-acme', 'BreachAnnounced'))).toBe(true);
  });

  it('matches the exact companies asked, not one whose id merely starts the same', () => {
    const filter = new StreamFilter({ companies: ['acme'] });
    expect(filter.matches(event('company-acme', 'BreachAnnounced'))).toBe(true);
    expect(filter.matches(event('company-acme-2', 'BreachAnnounced'))).toBe(false);
  });

  it('needs both the company and the type when both are asked', () => {
    const filter = new StreamFilter({ companies: ['acme'], types: ['SharePriceMoved'] });
    expect(filter.matches(event('company-acme', 'SharePriceMoved'))).toBe(true);
    expect(filter.matches(event('company-acme', 'BreachAnnounced'))).toBe(false);
    expect(filter.matches(event('company-globex', 'SharePriceMoved'))).toBe(false);
  });

  it('has one key for selections that match the same events, and another for others', () => {
    const key = (companies: string[], types: string[]) => new StreamFilter({ companies, types }).key;
    expect(key(['acme', 'globex'], ['BreachAnnounced'])).toBe(key(['globex', 'acme', 'acme'], ['BreachAnnounced']));
    expect(new StreamFilter().key).toBe(key([], []));
    expect(key(['acme'], [])).not.toBe(key([], ['acme']));
    expect(key(['acme'], ['BreachAnnounced'])).not.toBe(key(['acme'], []));
  });

  it('narrows history reads to company streams, and to the asked ones', () => {
    expect(new StreamFilter().toLogFilter()).toEqual({ streamPrefixes: ['company-'] });
    expect(new StreamFilter({ companies: ['acme'], types: ['BreachAnnounced'] }).toLogFilter()).toEqual({
      streamPrefixes: ['company-acme'],
      eventTypes: ['BreachAnnounced'],
    });
  });
});
