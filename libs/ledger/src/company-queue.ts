/**
 * Runs the writes of one company one after another within this process, so that requests arriving
 * together for a company do not race each other for its next revision (each lost race is a decision
 * made again). Writes to different companies run side by side. Other processes are still settled by
 * the store's expected-revision check. Holds an entry only while a company has writes in flight.
 */
export class CompanyQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(companyId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(companyId) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(companyId, tail);
    void tail.then(() => {
      if (this.tails.get(companyId) === tail) this.tails.delete(companyId);
    });
    return result;
  }
}
