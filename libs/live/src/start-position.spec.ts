import type { EventStore } from '@ledger/event-store';
import { checkStart } from './start-position';

const storeWithHead = (head: string | null) => ({ headPosition: async () => head }) as EventStore;

describe('checkStart', () => {
  const store = storeWithHead('10');

  it('is live only when neither Last-Event-ID nor from is given', async () => {
    expect(await checkStart(store, undefined, undefined)).toEqual({ ok: true, start: undefined });
    expect(await checkStart(store, ' ', '')).toEqual({ ok: true, start: undefined });
  });

  it('replays from the start, or after a known position', async () => {
    expect(await checkStart(store, undefined, 'start')).toEqual({ ok: true, start: 'start' });
    expect(await checkStart(store, undefined, '10')).toEqual({ ok: true, start: '10' });
  });

  it('prefers Last-Event-ID over from', async () => {
    expect(await checkStart(store, '7', '3')).toEqual({ ok: true, start: '7' });
  });

  it('rejects a malformed position and one beyond the head of the log', async () => {
    expect(await checkStart(store, undefined, 'ten')).toEqual(expect.objectContaining({ ok: false, problem: 'malformed' }));
    expect(await checkStart(store, 'x', undefined)).toEqual(
      expect.objectContaining({ ok: false, problem: 'malformed', detail: expect.stringContaining('Last-Event-ID') }),
    );
    expect(await checkStart(store, undefined, '11')).toEqual(expect.objectContaining({ ok: false, problem: 'unknown' }));
    expect(await checkStart(storeWithHead(null), undefined, '1')).toEqual(expect.objectContaining({ ok: false, problem: 'unknown' }));
  });
});
