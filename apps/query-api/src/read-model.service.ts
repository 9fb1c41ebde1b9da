import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap, Optional } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { EventStore } from '@ledger/event-store';
import { EVENT_STORE, LedgerMetrics, ProblemException, ReadModelSource, problem } from '@ledger/platform';
import { readSetting } from '@ledger/settings';
import { ReadModelQueries, SwitchingReadModel, lagBetween, servedProjections } from '@ledger/projections';
import { CheckedQuery } from './query-params';

/** The read model's checkpoint an answer reflects at least. */
const LEDGER_POSITION_HEADER = 'ledger-position';

export const READ_STORE_FILE = Symbol('ReadStoreFile');
export const STORE_LOCATION = Symbol('StoreLocation');

/** How long a query with minPosition waits for the projector before answering 503. */
const MIN_POSITION_WAIT_MS = 2_000;

/**
 * This replica's read model: its projector (writing the read store) and the queries (on a connection
 * of their own), on whichever file the read store's location points at: a rebuild swapped in is
 * picked up between two requests. The projector starts once the app has booted and stops before the
 * store closes.
 */
@Injectable()
export class ReadModel implements OnApplicationBootstrap, BeforeApplicationShutdown, ReadModelSource {
  readonly model: SwitchingReadModel;
  private readonly logger = new Logger('projector');

  constructor(
    @Inject(EVENT_STORE) readonly store: EventStore,
    @Inject(READ_STORE_FILE) location: string,
    @Inject(STORE_LOCATION) storeLocation: string,
    @Optional() metrics?: LedgerMetrics,
  ) {
    this.model = new SwitchingReadModel(location, servedProjections(), {
      storeLocation,
      failurePolicies: readSetting('PROJECTION_FAILURE_POLICY'),
      onError: (error) => this.logger.error(`projection paused, will resume from its checkpoint: ${error instanceof Error ? error.message : String(error)}`),
      log: (message) => this.logger.log(message),
    });
    metrics?.watchReadModel(this);
  }

  get checkpoint(): string | null {
    return this.model.checkpoint;
  }

  /** Events behind the store's head; 1 when behind by a count the store's positions do not give (EventStoreDB). */
  async lag(): Promise<number> {
    const lag = lagBetween(this.model.checkpoint, await this.store.headPosition());
    return lag === 'behind' ? 1 : lag;
  }

  get rebuild(): ReadModelSource['rebuild'] {
    return this.model.rebuilds.state?.progress ?? null;
  }

  /** The queries of the file in service now: read it per request, never keep it. */
  get queries(): ReadModelQueries {
    return this.model.queries;
  }

  onApplicationBootstrap(): void {
    this.model.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.model.stop();
  }

  /** The read model's checkpoint: the position of the last event it reflects ("0" before any). */
  get position(): string {
    return this.model.checkpoint ?? '0';
  }

  /**
   * Checks the request's parameters (minPosition among them), answering one 400 that names every
   * fault, and returns them; then read-your-writes: waits until the read model has reached minPosition (a position a
   * write returned). Every answer, a problem included, carries the position it reflects at least.
   */
  async consistentAt<T extends { minPosition?: string }>(query: CheckedQuery<T>, reply: FastifyReply): Promise<T> {
    const params = query.valid({ [LEDGER_POSITION_HEADER]: this.position });
    const { minPosition } = params;
    if (minPosition !== undefined && !(await this.model.waitFor(minPosition, MIN_POSITION_WAIT_MS))) {
      throw new ProblemException(
        problem(503, 'read-model-behind', 'The read model has not reached that position yet', {
          detail: `the read model is at ${this.position}; retry shortly`,
          position: this.position,
        }),
        { 'retry-after': '1', [LEDGER_POSITION_HEADER]: this.position },
      );
    }
    reply.header(LEDGER_POSITION_HEADER, this.position);
    return params;
  }
}
