import { EventStore, RecordedEvent } from '../port/event-store';
import { ChainVerification, verifyChain } from './verify-chain';

const PAGE_SIZE = 500;

/** Verifies one stream's hash chain, reading it page by page. A missing stream is a valid, empty chain. */
export function verifyStreamChain(store: EventStore, streamId: string): Promise<ChainVerification> {
  return verifyChain(readWholeStream(store, streamId));
}

async function* readWholeStream(store: EventStore, streamId: string): AsyncGenerator<RecordedEvent> {
  let fromRevision = 0;
  for (;;) {
    const page = await store.readStream(streamId, { fromRevision, maxCount: PAGE_SIZE, direction: 'forwards' });
    yield* page;
    if (page.length < PAGE_SIZE) return;
    fromRevision = page[page.length - 1].revision + 1;
  }
}
