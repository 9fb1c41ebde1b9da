import { useEffect, useRef, useState } from 'preact/hooks';
import { STREAMED_TYPES } from './event-types';

export type LiveState = 'connecting' | 'live' | 'reconnecting';

/** How long to wait before opening a stream again once the browser has given up on it. */
const REOPEN_MS = 2_000;

/**
 * Follows an SSE stream of the ledger after `after` (a log position; empty: from now), once `path` is given. EventSource
 * itself reconnects with Last-Event-ID; when the server ends the stream for good (it cut off a slow
 * client, or it restarted), the stream is opened again from the last position seen, so nothing is
 * missed and nothing comes twice.
 */
export function useLiveStream(path: string | null, after: string | null, onEvent: (type: string, data: any) => void): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useEffect(() => {
    if (path === null) return;
    let last = after;
    let source: EventSource | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const open = () => {
      const url = !last ? path : `${path}${path.includes('?') ? '&' : '?'}from=${encodeURIComponent(last)}`;
      source = new EventSource(url);
      source.onopen = () => setState('live');
      source.onerror = () => {
        setState('reconnecting');
        if (source?.readyState === EventSource.CLOSED) timer = setTimeout(open, REOPEN_MS);
      };
      for (const type of STREAMED_TYPES) {
        source.addEventListener(type, (message) => {
          const event = message as MessageEvent<string>;
          last = event.lastEventId || last;
          handler.current(type, JSON.parse(event.data));
        });
      }
    };
    open();
    return () => {
      clearTimeout(timer);
      source?.close();
    };
  }, [path, after]);
  return state;
}
