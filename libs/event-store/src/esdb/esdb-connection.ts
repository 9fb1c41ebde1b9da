import { EventStoreDBClient } from '@eventstore/db-client';
import { StoreUnavailableError } from '../port/errors';

/** The part of a gRPC channel this module uses. */
interface ClosableChannel {
  close(): void;
}

const DISPOSE_GRACE_MS = 1_000;

/**
 * Owns the client. When a call gets no answer in time, the client is replaced: the 6.x client caches
 * its first request to the server (the feature list, sent without a deadline), so a server that once
 * failed to answer it would otherwise block every later call of that client.
 */
export class EsdbConnection {
  private current: EventStoreDBClient;
  private readonly channels = new Set<ClosableChannel>();
  private readonly channelsByClient = new WeakMap<EventStoreDBClient, Set<ClosableChannel>>();
  private closed = false;

  /** `newClient` is called now and again whenever the client is replaced. */
  constructor(private readonly newClient: () => EventStoreDBClient) {
    this.current = this.createClient();
  }

  get client(): EventStoreDBClient {
    if (this.closed) throw new StoreUnavailableError('the event store connection is closed');
    return this.current;
  }

  /** Replaces `stale` (if it is still the current client) and closes its channels. */
  replace(stale: EventStoreDBClient): void {
    if (this.closed || stale !== this.current) return;
    this.current = this.createClient();
    // Calls not yet started on the old channels fail fast; calls already streaming finish on their own.
    this.closeChannelsOf(stale);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, DISPOSE_GRACE_MS)));
    await Promise.race([this.current.dispose().catch(() => {}), grace]).finally(() => clearTimeout(timer));
    for (const channel of this.channels) channel.close();
    this.channels.clear();
  }

  private createClient(): EventStoreDBClient {
    const client = this.newClient();
    this.trackChannels(client);
    return client;
  }

  // client.dispose() cancels streams but leaves the channel open, which keeps the process alive while a
  // call waits on a server that never answers. The channel factory is an instance property of the
  // 6.x client; wrapping it lets close() and replace() close every channel the client opened.
  private trackChannels(client: EventStoreDBClient): void {
    const internals = client as unknown as { createChannel?: () => Promise<ClosableChannel> };
    const create = internals.createChannel;
    if (typeof create !== 'function') return;
    const owned = new Set<ClosableChannel>();
    this.channelsByClient.set(client, owned);
    internals.createChannel = async () => {
      const channel = await create();
      owned.add(channel);
      this.channels.add(channel);
      if (this.closed) channel.close();
      return channel;
    };
  }

  private closeChannelsOf(client: EventStoreDBClient): void {
    for (const channel of this.channelsByClient.get(client) ?? []) {
      channel.close();
      this.channels.delete(channel);
    }
  }
}
