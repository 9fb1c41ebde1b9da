import { StoreUnavailableError } from '../port/errors';

/**
 * Settles as `work` does, unless `ms` pass first: then rejects with StoreUnavailableError and calls
 * `onTimeout`. The work is not cancelled; its late outcome is ignored.
 */
export function withinDeadline<T>(work: Promise<T>, ms: number, what: string, onTimeout: () => void = () => {}): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new StoreUnavailableError(`${what}: the event store did not answer within ${ms} ms`));
    }, ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
