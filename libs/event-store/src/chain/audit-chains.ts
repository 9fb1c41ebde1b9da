import { COMPANY_STREAMS } from '@ledger/disclosures';
import { CorruptEventError } from '../port/errors';
import { EventStore, RecordedEvent } from '../port/event-store';
import { AnchorBreak, ChainAnchorCheck, ChainTips } from './chain-anchor';
import { ChainBreak, verifyChain } from './verify-chain';

export interface BrokenLink {
  streamId: string;
  revision: number;
  /** The hash the chain commits this link to: recomputed from the event, or the recorded one when unreadable. */
  expectedHash: string;
  /** The hash found: recorded with the event, or null when the event cannot even be read. */
  foundHash: string | null;
  reason: ChainBreak | 'unreadable' | AnchorBreak;
  detail?: string;
}

export interface ChainAudit {
  ok: boolean;
  streams: number;
  events: number;
  /** The first broken link, in log order (or in the stream's order for one stream); then the first anchored link gone. */
  broken: BrokenLink | null;
  /** Each stream's last link as read: an anchor for a later audit. */
  tips: ChainTips;
}

/**
 * Recomputes the hash chain of every company stream in one pass over the log, or of one stream, and
 * names the first broken link. An event whose stored JSON no longer parses is a broken link too. With
 * the tips of an earlier audit (`anchor`), each of those links must still be there with its hash.
 */
export async function auditChains(store: EventStore, streamId?: string, anchor?: ChainTips): Promise<ChainAudit> {
  const streams = new Set<string>();
  const anchored = new ChainAnchorCheck(anchor);
  let events = 0;
  const counted = async function* (source: AsyncIterable<RecordedEvent>) {
    for await (const event of source) {
      streams.add(event.streamId);
      anchored.see(event);
      events++;
      yield event;
    }
  };
  const source = streamId === undefined ? logEvents(store) : streamEvents(store, streamId);
  const audit = (broken: BrokenLink | null): ChainAudit => ({ ok: broken === null, streams: streams.size, events, broken, tips: anchored.readTips() });
  try {
    const verdict = await verifyChain(counted(source));
    if (verdict.ok) return audit(anchored.firstViolation(streamId === undefined ? undefined : [streamId]));
    const { streamId: stream, revision, expectedHash, foundHash, reason } = verdict;
    return audit({ streamId: stream, revision, expectedHash, foundHash, reason });
  } catch (error) {
    if (!(error instanceof CorruptEventError)) throw error;
    return audit({
      streamId: error.streamId,
      revision: error.revision,
      expectedHash: error.recordedHash,
      foundHash: null,
      reason: 'unreadable',
      detail: error.message,
    });
  }
}

function logEvents(store: EventStore): AsyncGenerator<RecordedEvent> {
  return readingUpToCorruption(
    (after) => store.readAll({ after: after?.position ?? 'start', filter: COMPANY_STREAMS }),
    async (after) => {
      for await (const event of store.readAll({ after: after?.position ?? 'start', maxCount: 1, filter: COMPANY_STREAMS })) return event;
      return undefined;
    },
  );
}

function streamEvents(store: EventStore, streamId: string): AsyncGenerator<RecordedEvent> {
  const PAGE = 500;
  return readingUpToCorruption(
    async function* pages(after) {
      let fromRevision = after === undefined ? 0 : after.revision + 1;
      for (;;) {
        const page = await store.readStream(streamId, { fromRevision, maxCount: PAGE });
        yield* page;
        if (page.length < PAGE) return;
        fromRevision = page[page.length - 1].revision + 1;
      }
    },
    async (after) => (await store.readStream(streamId, { fromRevision: after === undefined ? 0 : after.revision + 1, maxCount: 1 }))[0],
  );
}

/**
 * Events read in pages, where an unreadable event fails its whole page: on such a failure the events
 * between the last one yielded and the unreadable one are read one at a time and yielded, so that a
 * break earlier in the page is still found first; then the failure is thrown.
 */
async function* readingUpToCorruption(
  read: (after: RecordedEvent | undefined) => AsyncIterable<RecordedEvent>,
  readOne: (after: RecordedEvent | undefined) => Promise<RecordedEvent | undefined>,
): AsyncGenerator<RecordedEvent> {
  let last: RecordedEvent | undefined;
  try {
    for await (const event of read(undefined)) {
      last = event;
      yield event;
    }
  } catch (error) {
    if (!(error instanceof CorruptEventError)) throw error;
    for (;;) {
      const event = await readOne(last); // throws the CorruptEventError once it reaches the unreadable event
      if (event === undefined) throw error;
      last = event;
      yield event;
    }
  }
}
