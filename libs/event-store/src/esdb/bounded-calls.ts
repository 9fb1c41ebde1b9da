import { EventStoreDBClient } from '@eventstore/db-client';
import { withinDeadline } from './deadline';
import { EsdbConnection } from './esdb-connection';
import { toStoreError } from './store-error';

/** A client read: a stream of items that can be cancelled. */
export interface CancellableRead<T> extends AsyncIterable<T> {
  cancel(): Promise<void>;
  destroy(): unknown;
}

/**
 * Every call to the client goes through here, bounded by our deadline (the client's own deadline does
 * not cover its first request to a server, nor reads), with errors in the port's terms.
 */
export class BoundedCalls {
  constructor(
    private readonly connection: EsdbConnection,
    readonly deadlineMs: number,
  ) {}

  /** A single request; StoreUnavailableError when no answer comes within the deadline. */
  async request<T>(what: string, call: (client: EventStoreDBClient) => Promise<T>): Promise<T> {
    const client = this.connection.client;
    try {
      return await withinDeadline(call(client), this.deadlineMs, what, () => this.connection.replace(client));
    } catch (error) {
      throw toStoreError(error);
    }
  }

  /**
   * The items of a read, each of which must arrive within the deadline (a long read is fine, a silent
   * one is not). Leaving the loop early cancels the read.
   */
  async *read<T>(what: string, open: (client: EventStoreDBClient) => CancellableRead<T>): AsyncGenerator<T> {
    const client = this.connection.client;
    let read: CancellableRead<T> | undefined;
    let ended = false;
    try {
      read = open(client);
      const items = read[Symbol.asyncIterator]();
      for (;;) {
        const next = await withinDeadline(items.next(), this.deadlineMs, what, () => this.connection.replace(client));
        if (next.done) {
          ended = true;
          return;
        }
        yield next.value;
      }
    } catch (error) {
      throw toStoreError(error);
    } finally {
      if (read && !ended) {
        read.cancel().catch(() => {});
        read.destroy();
      }
    }
  }
}
