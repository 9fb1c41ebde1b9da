import type Database from 'better-sqlite3';
import { GENESIS_HASH, hashCanonicalLink } from '../chain/event-hash';
import { WrongExpectedRevisionError } from '../port/errors';
import { AppendResult, EventToAppend } from '../port/event-store';
import { ActualRevision, ExpectedRevision } from '../port/expected-revision';
import { meetsExpectedRevision } from './expected-revision-check';
import { findOriginalAppend } from './idempotent-retry';
import { PreparedEvent, prepareEvents } from './prepared-event';
import { RecordedEventIds } from './recorded-event-ids';
import { toStoreError } from './sqlite-errors';
import { Statements } from './statements';

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
}

/** Appends a batch in one IMMEDIATE transaction, chaining each event's hash to the stream's last one. */
export class SqliteAppender {
  private readonly write: (streamId: string, events: PreparedEvent[], expected: ExpectedRevision) => Written;
  private readonly ids: RecordedEventIds;

  constructor(db: Database.Database, private readonly statements: Statements) {
    this.ids = new RecordedEventIds(statements);
    this.write = db.transaction((streamId: string, events: PreparedEvent[], expected: ExpectedRevision) =>
      this.writeEvents(streamId, events, expected),
    ).immediate;
  }

  append(streamId: string, events: EventToAppend[], expected: ExpectedRevision, recordedAt: () => string): AppendResult {
    if (events.length === 0) throw new RangeError('an append needs at least one event');
    rejectRepeatedIds(events);
    const prepared = prepareEvents(events, recordedAt);
    try {
      this.ids.load();
      const written = this.write(streamId, prepared, expected);
      this.ids.committed(prepared.map((event) => event.id), written.firstPosition);
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

  private writeEvents(streamId: string, events: PreparedEvent[], expected: ExpectedRevision): Written {
    const tip = this.statements.streamTip.get(streamId);
    if (expected !== 'any' && !meetsExpectedRevision(expected, tip ? tip.revision : 'no_stream')) {
      throw new RevisionMismatch(tip ? tip.revision : 'no_stream');
    }
    if (events.some((event) => this.ids.positionOf(event.id) !== undefined)) throw new KnownEventId();

    let revision = tip ? tip.revision : -1;
    let prevHashBytes = tip ? tip.hash : GENESIS_BYTES;
    let prevHash = tip ? tip.hash.toString('hex') : GENESIS_HASH;
    let firstPosition = 0;
    let position = 0;
    for (const event of events) {
      revision++;
      const hash = hashCanonicalLink({
        streamId, revision, id: event.id, type: event.type,
        canonicalData: event.canonicalData, canonicalMetadata: event.canonicalMetadata, prevHash,
      });
      const hashBytes = Buffer.from(hash, 'hex');
      const { lastInsertRowid } = this.statements.insertEvent.run(
        streamId, revision, event.id, event.type, event.canonicalData, event.canonicalMetadata, prevHashBytes, hashBytes,
      );
      position = Number(lastInsertRowid);
      firstPosition ||= position;
      prevHash = hash;
      prevHashBytes = hashBytes;
    }
    // Positions this process did not write mean another process appended: its ids count too.
    if (this.ids.catchUpBefore(firstPosition) && events.some((event) => this.ids.positionOf(event.id) !== undefined)) {
      throw new KnownEventId();
    }
    return { result: { nextRevision: revision, position: String(position) }, firstPosition };
  }
}

function rejectRepeatedIds(events: EventToAppend[]): void {
  if (events.length < 2) return;
  const seen = new Set<string>();
  for (const { id } of events) {
    if (seen.has(id)) throw new RangeError(`event id ${id} appears twice in one append`);
    seen.add(id);
  }
}
