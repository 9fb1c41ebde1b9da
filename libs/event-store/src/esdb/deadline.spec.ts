import { StoreUnavailableError } from '../port/errors';
import { withinDeadline } from './deadline';

describe('withinDeadline', () => {
  it('settles as the work does when it is in time', async () => {
    await expect(withinDeadline(Promise.resolve(7), 1_000, 'work')).resolves.toBe(7);
    const failure = new Error('refused');
    await expect(withinDeadline(Promise.reject(failure), 1_000, 'work')).rejects.toBe(failure);
  });

  it('rejects with StoreUnavailableError naming the call once the deadline passes, and reports the timeout', async () => {
    const onTimeout = jest.fn();
    const started = Date.now();
    const silent = new Promise<never>(() => {});
    await expect(withinDeadline(silent, 50, 'append', onTimeout)).rejects.toThrow(
      new StoreUnavailableError('append: the event store did not answer within 50 ms'),
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(onTimeout).toHaveBeenCalledTimes(1);
  });
});
