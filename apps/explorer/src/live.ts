import { liveEvents } from '@ledger/client';
import { useEffect, useRef, useState } from 'preact/hooks';
import { authorization } from './api-key';

export type LiveState = 'connecting' | 'live' | 'reconnecting' | `refused: ${string}`;

/**
 * Follows the ledger's live stream (one company's, or the whole log's when `company` is undefined) strictly after
 * `after`, a log position (empty: from now; null: not yet known, so not yet started). The client's iterator
 * reconnects after any drop with Last-Event-ID set to the last event received: nothing is missed, nothing comes twice.
 */
export function useLiveStream(company: string | undefined, after: string | null, onEvent: (type: string, data: any) => void): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useEffect(() => {
    if (after === null) return;
    const stop = new AbortController();
    const follow = async () => {
      const events = liveEvents({
        baseUrl: location.origin,
        company,
        from: after || undefined,
        headers: authorization(),
        signal: stop.signal,
        onConnected: () => setState('live'),
        onDropped: () => setState('reconnecting'),
      });
      for await (const message of events) handler.current(message.event, message.data);
    };
    follow().catch((refusal: unknown) => {
      if (!stop.signal.aborted) setState(`refused: ${refusal instanceof Error ? refusal.message : String(refusal)}`);
    });
    return () => stop.abort();
  }, [company, after]);
  return state;
}
