import type Database from 'better-sqlite3';
import { canonicalString } from '../chain/canonical-json';
import { GENESIS_HASH, hashQuotedLink } from '../chain/event-hash';
import { WrongExpectedRevisionError } from '../port/errors';
import { AppendResult, EventToAppend } from '../port/event-store';
import { ActualRevision, ExpectedRevision } from '../port/expected-revision';
import { EventInserter, VALUES_PER_ROW } from './event-inserter';
import { meetsExpectedRevision } from './expected-revision-check';
import { findOriginalAppend } from './idempotent-retry';
import { PreparedEvent, prepareEvents } from './prepared-event';
import { RecordedEventIds } from './recorded-event-ids';
import { toStoreError } from './sqlite-errors';
import { Statements } from './statements';
import { StreamTip, StreamTips } from './stream-tips';

// Thrown inside the write transaction to roll it back, and answered outside it. Not Errors: no stack
// to capture on a path a retrying client may take often.
class RevisionMismatch {
  constructor(readonly actual: ActualRevision) {}
}
class KnownEventId {}

const GENESIS_BYTES = Buffer.from(GENESIS_HASH, 'hex');

interface Written {
  result: AppendResult;
  firstPosition: number;
  tip: StreamTip;
}

/** Appends a batch in one IMMEDIATE transaction, chaining each event's hash to the stream's last one. */
export class SqliteAppender {
  private readonly write: (streamId: string, events: PreparedEvent[], expected: ExpectedRevision, trustTips: boolean) => Written;
  private readonly ids: RecordedEventIds;
  private readonly tips = new StreamTips();
  private readonly inserter: EventInserter;

  constructor(db: Database.Database, private readonly statements: Statements) {
    this.ids = new RecordedEventIds(statements);
    this.inserter = new EventInserter(db);
    this.write = db.transaction((streamId: string, events: PreparedEvent[], expected: ExpectedRevision, trustTips: boolean) =>
      this.writeEvents(streamId, events, expected, trustTips),
    ).immediate;
  }

  append(streamId: string, events: EventToAppend[], expected: ExpectedRevision, recordedAt: () => string): AppendResult {
    if (events.length === 0) throw new RangeError('an append needs at least one event');
    rejectRepeatedIds(events);
    const prepared = prepareEvents(events, recordedAt);
    try {
      this.ids.load();
      const written = this.writeWithTips(streamId, prepared, expected);
      this.ids.committed(prepared, written.firstPosition);
      this.tips.committed(streamId, written.tip);
      return written.result;
    } catch (error) {
      if (error instanceof KnownEventId) {
        const original = findOriginalAppend(this.statements, this.ids, streamId, prepared);
        if (original) return original;
      }
      if (error instanceof RevisionMismatch) {
        const original = findOriginalAppend(this.statements, this.ids, streamId, prepared);
        if (original) return original;
        throw new WrongExpectedRevisionError(streamId, expected, error.actual);
      }
      throw toStoreError(error);
    }
  }

  /** Writes trusting the remembered tip, and once more reading it from the file if it was stale. */
  private writeWithTips(streamId: string, events: PreparedEvent[], expected: ExpectedRevision): Written {
    try {
      return this.write(streamId, events, expected, true);
    } catch (error) {
      if (error instanceof RevisionMismatch || error instanceof KnownEventId) throw error;
      // A failure of the file may leave the commit's outcome unknown: remember nothing.
      this.tips.forgetAll();
      // A revision already taken can only come from a remembered tip another process has moved past.
      if (isUniquenessViolation(error)) return this.write(streamId, events, expected, false);
      throw error;
    }
  }

  private writeEvents(streamId: string, events: PreparedEvent[], expected: ExpectedRevision, trustTips: boolean): Written {
    // A remembered tip is not trusted with a conflict: the file has the last word on those.
    const remembered = trustTips ? this.tips.get(streamId) : undefined;
    const tip = remembered !== undefined && (expected === 'any' || meetsExpectedRevision(expected, remembered.revision)) ? remembered : this.readTip(streamId);
    if (expected !== 'any' && !meetsExpectedRevision(expected, tip ? tip.revision : 'no_stream')) {
      throw new RevisionMismatch(tip ? tip.revision : 'no_stream');
    }
    if (events.some((event) => this.ids.positionOf(event.id) !== undefined)) throw new KnownEventId();

    let revision = tip ? tip.revision : -1;
    let prevHashBytes = tip ? tip.hashBytes : GENESIS_BYTES;
    let prevHash = tip ? tip.hash : GENESIS_HASH;
    const quotedStreamId = canonicalString(streamId);
    const values = new Array<unknown>(events.length * VALUES_PER_ROW);
    let at = 0;
    for (const event of events) {
      revision++;
      const hash = hashQuotedLink({
        quotedStreamId, revision, quotedId: event.quotedId, quotedType: event.quotedType,
        canonicalData: event.canonicalData, canonicalMetadata: event.canonicalMetadata, quotedPrevHash: `"${prevHash}"`,
      });
      const hashBytes = Buffer.from(hash, 'hex');
      values[at++] = streamId;
      values[at++] = revision;
      values[at++] = event.id;
      values[at++] = event.type;
      values[at++] = event.canonicalData;
      values[at++] = event.canonicalMetadata;
      values[at++] = prevHashBytes;
      values[at++] = hashBytes;
      prevHash = hash;
      prevHashBytes = hashBytes;
    }
    const position = this.inserter.insert(values);
    const firstPosition = position - events.length + 1;
    // Positions this process did not write mean another process appended: its ids count too, and the
    // streams it wrote may have moved on from their remembered tips.
    if (this.ids.catchUpBefore(firstPosition)) {
      this.tips.forgetAll();
      if (events.some((event) => this.ids.positionOf(event.id) !== undefined)) throw new KnownEventId();
    }
    return {
      result: { nextRevision: revision, position: String(position) },
      firstPosition,
      tip: { revision, hash: prevHash, hashBytes: prevHashBytes },
    };
  }

  private readTip(streamId: string): StreamTip | undefined {
    const row = this.statements.streamTip.get(streamId);
    return row && { revision: row.revision, hash: row.hash.toString('hex'), hashBytes: row.hash };
  }
}

function isUniquenessViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

function rejectRepeatedIds(events: EventToAppend[]): void {
  if (events.length < 2) return;
  const seen = new Set<string>();
  for (const { id } of events) {
    if (seen.has(id)) throw new RangeError(`event id ${id} appears twice in one append`);
    seen.add(id);
  }
}
