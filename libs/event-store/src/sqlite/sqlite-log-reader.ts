import { LogFilter, ReadStreamOptions, RecordedEvent } from '../port/event-store';
import { Page } from './follow-pages';
import { fromEventValues } from './row-mapping';
import { Statements } from './statements';

/** How many positions a filtered read scans at most per page, so sparse matches cannot stall a page. */
export const FILTERED_SCAN_WINDOW = 10_000;

export class SqliteLogReader {
  constructor(private readonly statements: Statements) {}

  head(): number | null {
    return this.statements.headPosition.get() ?? null;
  }

  /** Up to `limit` events strictly after `after` that pass the filter. */
  logPage(after: number, limit: number, filter: LogFilter | undefined): Page<number> {
    // Read the head first: every position up to it is committed, so a page ending there leaves no gap.
    const head = this.head() ?? 0;
    const filtered = (filter?.streamPrefixes?.length ?? 0) + (filter?.eventTypes?.length ?? 0) > 0;
    const upTo = filtered ? Math.min(after + FILTERED_SCAN_WINDOW, head) : head;
    const rows = this.statements.logPage(after, upTo, limit, filtered ? filter : undefined);
    const events = rows.map(fromEventValues);
    if (rows.length === limit) return { events, next: rows[rows.length - 1][0], caughtUp: false };
    return { events, next: Math.max(after, upTo), caughtUp: upTo >= head };
  }

  /** Up to `limit` events of a stream strictly after `afterRevision` (-1 for the start). */
  streamPage(streamId: string, afterRevision: number, limit: number): Page<number> {
    const rows = this.statements.streamForwards.all(streamId, afterRevision + 1, limit);
    const next = rows.length > 0 ? rows[rows.length - 1][2] : afterRevision;
    return { events: rows.map(fromEventValues), next, caughtUp: rows.length < limit };
  }

  readStream(streamId: string, options: ReadStreamOptions): RecordedEvent[] {
    const limit = options.maxCount ?? -1;
    const rows =
      options.direction === 'backwards'
        ? this.statements.streamBackwards.all(streamId, options.fromRevision ?? Number.MAX_SAFE_INTEGER, limit)
        : this.statements.streamForwards.all(streamId, options.fromRevision ?? 0, limit);
    return rows.map(fromEventValues);
  }

  /** The stream's last revision, or -1 when it does not exist. */
  lastRevision(streamId: string): number {
    return this.statements.streamTip.get(streamId)?.revision ?? -1;
  }
}
