import type Database from 'better-sqlite3';
import { EventInserter } from '../event-inserter';
import { isOutage } from '../sqlite-errors';
import { StreamTips } from '../stream-tips';
import { CallWriter } from './call-writer';
import { AppendOutcome, AppendRequest, GroupReply } from './protocol';
import { WriterStatements } from './writer-statements';

type Outcomes = GroupReply['outcomes'];

/** A call whose own rows could not be written (not an outage): the group is written again without it. */
class CallFailure {
  constructor(
    readonly call: number,
    readonly cause: unknown,
  ) {}
}

/**
 * Writes a group of appends in one IMMEDIATE transaction, so one commit (one fsync) for all of them.
 * Each call is checked before its rows are inserted, so a call refused for its revision leaves nothing
 * and the others commit. A call that fails while inserting is taken out and the group written again;
 * an outage (busy past the timeout, I/O) fails the whole group.
 */
export class GroupWriter {
  private readonly statements: WriterStatements;
  private readonly tips = new StreamTips();
  private readonly calls: CallWriter;
  /** The last position of the file as of this writer's last commit; null when not known. */
  private knownHead: number | null = null;

  constructor(private readonly db: Database.Database) {
    this.statements = new WriterStatements(db);
    this.calls = new CallWriter(this.statements, new EventInserter(db), this.tips);
  }

  write(requests: AppendRequest[]): GroupReply {
    const failedAlone: Outcomes = [];
    let remaining = requests;
    while (remaining.length > 0) {
      try {
        const { outcomes, head } = this.writeInOneTransaction(remaining);
        return { committed: true, outcomes: failedAlone.concat(outcomes), head };
      } catch (error) {
        this.rollBack();
        if (!(error instanceof CallFailure) || isOutage(error.cause)) {
          const cause = error instanceof CallFailure ? error.cause : error;
          return { committed: false, outcomes: failedAlone.concat(remaining.map(({ call }) => [call, failure(cause)])), head: this.knownHead ?? 0 };
        }
        failedAlone.push([error.call, failure(error.cause)]);
        remaining = remaining.filter(({ call }) => call !== error.call);
      }
    }
    return { committed: false, outcomes: failedAlone, head: this.knownHead ?? 0 };
  }

  private writeInOneTransaction(requests: AppendRequest[]): { outcomes: Outcomes; head: number } {
    this.db.exec('BEGIN IMMEDIATE');
    // With the write lock held, the file's last position says whether another process wrote since
    // this writer's last commit: if so, the streams it wrote may have moved on from the tips remembered.
    let head = this.statements.head.get() ?? 0;
    if (head !== this.knownHead) this.tips.forgetAll();
    const outcomes: Outcomes = [];
    for (const request of requests) {
      let outcome: AppendOutcome;
      try {
        outcome = this.calls.write(request);
      } catch (error) {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- a marker caught within this class, never thrown past it
        throw new CallFailure(request.call, error);
      }
      if (outcome.kind === 'appended' && !outcome.alreadyRecorded) head = outcome.position;
      outcomes.push([request.call, outcome]);
    }
    this.db.exec('COMMIT');
    this.knownHead = head;
    return { outcomes, head };
  }

  /** After a failure the commit's outcome may be unknown: nothing remembered is trusted. */
  private rollBack(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    this.tips.forgetAll();
    this.knownHead = null;
  }
}

function failure(error: unknown): AppendOutcome {
  const { message, code } = error as { message?: unknown; code?: unknown };
  return { kind: 'failed', message: typeof message === 'string' ? message : String(error), ...(typeof code === 'string' ? { code } : {}) };
}
