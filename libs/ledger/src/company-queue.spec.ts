import { CompanyQueue } from './company-queue';

describe('CompanyQueue', () => {
  const deferred = () => {
    let resolve!: () => void;
    const promise = new Promise<void>((done) => (resolve = done));
    return { promise, resolve };
  };

  it('runs the tasks of one company one after another, and of different companies side by side', async () => {
    const queue = new CompanyQueue();
    const order: string[] = [];
    const first = deferred();
    const a1 = queue.run('a', async () => {
      order.push('a1 start');
      await first.promise;
      order.push('a1 end');
    });
    const a2 = queue.run('a', async () => void order.push('a2'));
    const b1 = queue.run('b', async () => void order.push('b1'));
    await b1;
    expect(order).toEqual(['a1 start', 'b1']);
    first.resolve();
    await Promise.all([a1, a2]);
    expect(order).toEqual(['a1 start', 'b1', 'a1 end', 'a2']);
  });

  it('goes on after a task fails, and hands the failure to its own caller only', async () => {
    const queue = new CompanyQueue();
    const failed = queue.run('a', () => Promise.reject(new Error('store down')));
    const next = queue.run('a', async () => 'recorded');
    await expect(failed).rejects.toThrow('store down');
    await expect(next).resolves.toBe('recorded');
  });

  it('forgets a company once its tasks are done', async () => {
    const queue = new CompanyQueue();
    await queue.run('a', async () => undefined);
    await new Promise((resolve) => setImmediate(resolve));
    expect(queue['tails'].size).toBe(0);
  });
});
