import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type Database from 'better-sqlite3';
import type { FastifyReply } from 'fastify';
import { EventStore, isPosition } from '@ledger/event-store';
import { EVENT_STORE, ProblemException, problem } from '@ledger/platform';
import { LEDGER_PROJECTIONS, Projector, ReadModelQueries, openReadStore } from '@ledger/projections';

export const READ_STORE_FILE = Symbol('ReadStoreFile');

/** How long a query with minPosition waits for the projector before answering 503. */
const MIN_POSITION_WAIT_MS = 2_000;

/**
 * This replica's read model: its projector (writing the read store) and the queries (on a connection
 * of their own). The projector starts once the app has booted and stops before the store closes.
 */
@Injectable()
export class ReadModel implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly queries: ReadModelQueries;
  private readonly logger = new Logger('projector');
  private readonly projectorDb: Database.Database;
  private readonly queryDb: Database.Database;
  private readonly projector: Projector;

  constructor(@Inject(EVENT_STORE) readonly store: EventStore, @Inject(READ_STORE_FILE) file: string) {
    this.projectorDb = openReadStore(file, { cacheMiB: 16 });
    this.projector = new Projector(store, this.projectorDb, LEDGER_PROJECTIONS, {
      onError: (error) => this.logger.error(`projection paused, will resume from its checkpoint: ${error instanceof Error ? error.message : String(error)}`),
    });
    this.queryDb = openReadStore(file, { readonly: true, cacheMiB: 8 });
    this.queries = new ReadModelQueries(this.queryDb);
  }

  onApplicationBootstrap(): void {
    this.projector.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.projector.stop();
    this.queryDb.close();
    this.projectorDb.close();
  }

  /** The read model's checkpoint: the position of the last event it reflects ("0" before any). */
  get position(): string {
    return this.projector.checkpoint ?? '0';
  }

  /**
   * Read-your-writes: waits until the read model has reached `minPosition` (a position a write
   * returned), then stamps the reply with the position the answer reflects at least.
   */
  async consistentAt(minPosition: unknown, reply: FastifyReply): Promise<void> {
    if (minPosition !== undefined) {
      if (typeof minPosition !== 'string' || !isPosition(minPosition)) {
        throw new ProblemException(
          problem(400, 'validation', 'Invalid request', { errors: [{ path: 'minPosition', message: 'must be a log position, as a write returned it' }] }),
        );
      }
      if (!(await this.projector.waitFor(minPosition, MIN_POSITION_WAIT_MS))) {
        throw new ProblemException(
          problem(503, 'read-model-behind', 'The read model has not reached that position yet', {
            detail: `the read model is at ${this.position}; retry shortly`,
            position: this.position,
          }),
          { 'retry-after': '1', 'ledger-position': this.position },
        );
      }
    }
    reply.header('ledger-position', this.position);
  }
}
