import { EventStore, Position, comparePositions, isPosition } from '@ledger/event-store';

/** Where a client's stream starts: strictly after a position, from the first event, or live only (undefined). */
export type StreamStart = Position | 'start' | undefined;

export type StartCheck = { ok: true; start: StreamStart } | { ok: false; problem: 'malformed' | 'unknown'; detail: string };

/**
 * The start a client asks for. `Last-Event-ID` wins over `?from=`: EventSource keeps the URL it was
 * opened with and adds the header when it reconnects, so the header is the newer of the two.
 * A position must be well formed and not beyond the head of the log.
 */
export async function checkStart(store: EventStore, lastEventId: string | undefined, from: string | undefined): Promise<StartCheck> {
  const asked = nonBlank(lastEventId) ?? nonBlank(from);
  if (asked === undefined) return { ok: true, start: undefined };
  if (asked === 'start') return { ok: true, start: 'start' };
  const source = nonBlank(lastEventId) !== undefined ? 'Last-Event-ID' : 'from';
  if (!isPosition(asked)) {
    return { ok: false, problem: 'malformed', detail: `${source} must be a log position such as "42", or "start"; got ${JSON.stringify(asked)}` };
  }
  const head = await store.headPosition();
  if (comparePositions(asked, head ?? '0') > 0) {
    return { ok: false, problem: 'unknown', detail: `${source} ${asked} is beyond the last position of the log (${head ?? 'empty log'})` };
  }
  return { ok: true, start: asked };
}

function nonBlank(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}
