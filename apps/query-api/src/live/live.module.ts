import { BeforeApplicationShutdown, Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { EventStore } from '@ledger/event-store';
import { LiveFeed, LiveHub } from '@ledger/live';
import { EVENT_STORE, LedgerMetrics, loadLiveConfig } from '@ledger/platform';
import { liveFailureProblem } from './live-failure.problem';
import { LiveStreams } from './live-streams';
import { StreamsController } from './streams.controller';

/** How long streams may take to flush when the server shuts down, before their connections are dropped. */
const SHUTDOWN_GRACE_MS = 1_000;
/** How long a cut-off client may take to read its last messages. */
const END_GRACE_MS = 10_000;

/** Opens the shared feed once the app is up; ends every stream before the HTTP server closes, so shutdown is prompt. */
@Injectable()
class LiveLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly feed: LiveFeed,
    private readonly hub: LiveHub,
  ) {}

  onApplicationBootstrap(): void {
    // Not awaited: with the store down the app must still start and answer 503, while the feed retries.
    void this.feed.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.hub.closeAll(SHUTDOWN_GRACE_MS);
    await this.feed.stop();
  }
}

/** Live streams over HTTP. Expects the EventStore (StoreModule) from the importing app. */
@Module({
  controllers: [StreamsController],
  providers: [
    {
      provide: LiveFeed,
      inject: [EVENT_STORE],
      useFactory: (store: EventStore) => {
        const logger = new Logger('live');
        return new LiveFeed(store, {
          onError: (error) => logger.warn(`store subscription failed, resubscribing: ${error instanceof Error ? error.message : String(error)}`),
        });
      },
    },
    {
      provide: LiveHub,
      inject: [LiveFeed, { token: LedgerMetrics, optional: true }],
      useFactory: (feed: LiveFeed, metrics?: LedgerMetrics) => {
        const settings = loadLiveConfig();
        const hub = new LiveHub(feed, {
          heartbeatMs: settings.heartbeatMs,
          maxPendingMessages: settings.clientBufferMessages,
          flushWindowMs: settings.flushWindowMs,
          endGraceMs: END_GRACE_MS,
          describeFailure: liveFailureProblem,
        });
        metrics?.watchLive(hub);
        return hub;
      },
    },
    LiveStreams,
    LiveLifecycle,
  ],
})
export class LiveModule {}
