import { setImmediate as nextTurnOfEventLoop } from 'node:timers/promises';
import { RecordedEvent } from '../port/event-store';
import { LogChangeNotifier } from './log-change-notifier';

export interface Page<Cursor> {
  events: RecordedEvent[];
  /** Where the next page starts (exclusive). */
  next: Cursor;
  /** True when nothing after `next` was committed when the page was read. */
  caughtUp: boolean;
}

/**
 * A catch-up subscription's body: reads pages until caught up, then waits for the log to change and
 * reads on. The notifier version is taken before each read, so an append that commits while a page is
 * read wakes the next wait: no gap. Each page starts strictly after the last: no duplicate.
 */
export async function* followPages<Cursor>(
  readPage: (after: Cursor) => Page<Cursor>,
  start: Cursor,
  notifier: LogChangeNotifier,
  signal: AbortSignal,
): AsyncGenerator<RecordedEvent> {
  let cursor = start;
  while (!signal.aborted) {
    const version = notifier.version;
    const page = readPage(cursor);
    for (const event of page.events) {
      yield event;
      if (signal.aborted) return;
    }
    cursor = page.next;
    if (page.caughtUp) await notifier.waitForChange(version, signal);
    else await nextTurnOfEventLoop();
  }
}
