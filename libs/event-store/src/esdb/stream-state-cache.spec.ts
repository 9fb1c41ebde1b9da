import { StreamStateCache } from './stream-state-cache';
import { StreamState } from './stream-state';

const state = (lastRevision: number): StreamState => ({
  lastRevision,
  lastHash: `h${lastRevision}`,
  eventIds: Array.from({ length: lastRevision + 1 }, (_, i) => `e${i}`),
});

describe('the stream state cache', () => {
  it('returns what was set and forgets on request', () => {
    const cache = new StreamStateCache();
    cache.set('a', state(1));
    expect(cache.get('a')).toEqual(state(1));
    cache.forget('a');
    expect(cache.get('a')).toBeUndefined();
  });

  it('evicts the least recently used stream beyond its capacity', () => {
    const cache = new StreamStateCache(2);
    cache.set('a', state(1));
    cache.set('b', state(2));
    cache.get('a');
    cache.set('c', state(3));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toEqual(state(1));
    expect(cache.get('c')).toEqual(state(3));
  });
});
