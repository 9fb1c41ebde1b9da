import { canonicalString } from '@ledger/canonical-json';
import { GENESIS_HASH, hashQuotedLink } from '../../chain/event-hash';
import { ExpectedRevision } from '../../port/expected-revision';
import { EventInserter, VALUES_PER_ROW } from '../event-inserter';
import { meetsExpectedRevision } from '../expected-revision-check';
import { PreparedEvent, readPreparedEvents } from '../prepared-event';
import { StreamTip, StreamTips } from '../stream-tips';
import { AppendOutcome, AppendRequest } from './protocol';
import { retryOutcome } from './retry-detection';
import { WriterStatements } from './writer-statements';

const GENESIS_BYTES = Buffer.from(GENESIS_HASH, 'hex');

/**
 * One append inside the writer's open transaction, which holds the file's write lock: the revision is
 * checked (and a retry recognised) before anything is inserted, so a refused call leaves no row.
 * The tips it reads and moves are valid for the transaction; the group writer forgets them if it does
 * not commit.
 */
export class CallWriter {
  constructor(
    private readonly statements: WriterStatements,
    private readonly inserter: EventInserter,
    private readonly tips: StreamTips,
  ) {}

  write(request: AppendRequest): AppendOutcome {
    const { streamId, expected } = request;
    const events = readPreparedEvents(request.events);
    const tip = this.tipOf(streamId);
    const actual = tip ? tip.revision : 'no_stream';
    if (!meetsExpectedRevision(expected, actual)) {
      return this.originalAfter(streamId, expected, events) ?? { kind: 'wrong-revision', actual };
    }
    // With no exact revision, a retry can only be recognised by the stream ending with the same events.
    if (typeof expected !== 'number' && tip?.id === events[events.length - 1].id) {
      const stored = this.statements.lastEvents.all(streamId, events.length).reverse();
      const retry = retryOutcome(events, stored);
      if (retry) return retry;
    }
    return this.insert(streamId, events, tip);
  }

  /** The original append's outcome, when these events are already right after the expected revision. */
  private originalAfter(streamId: string, expected: ExpectedRevision, events: PreparedEvent[]): AppendOutcome | null {
    const first = expected === 'no_stream' ? 0 : typeof expected === 'number' ? expected + 1 : undefined;
    if (first === undefined) return null;
    return retryOutcome(events, this.statements.eventsFrom.all(streamId, first, events.length));
  }

  private insert(streamId: string, events: PreparedEvent[], tip: StreamTip | undefined): AppendOutcome {
    let revision = tip ? tip.revision : -1;
    let prevHashBytes = tip ? tip.hashBytes : GENESIS_BYTES;
    let prevHash = tip ? tip.hash : GENESIS_HASH;
    const quotedStreamId = canonicalString(streamId);
    const values = new Array<unknown>(events.length * VALUES_PER_ROW);
    let at = 0;
    for (const event of events) {
      revision++;
      const hash = hashQuotedLink({
        quotedStreamId,
        revision,
        quotedId: canonicalString(event.id),
        quotedType: canonicalString(event.type),
        canonicalData: event.canonicalData,
        canonicalMetadata: event.canonicalMetadata,
        quotedPrevHash: `"${prevHash}"`,
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
    this.tips.set(streamId, { revision, id: events[events.length - 1].id, hash: prevHash, hashBytes: prevHashBytes });
    return { kind: 'appended', nextRevision: revision, position };
  }

  private tipOf(streamId: string): StreamTip | undefined {
    const remembered = this.tips.get(streamId);
    if (remembered) return remembered;
    const row = this.statements.tip.get(streamId);
    if (!row) return undefined;
    const tip = { revision: row.revision, id: row.event_id, hash: row.hash.toString('hex'), hashBytes: row.hash };
    this.tips.set(streamId, tip);
    return tip;
  }
}
