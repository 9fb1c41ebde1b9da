import { LedgerProblemError, liveEvents } from '@ledger/client';
import type { LiveMessage } from '@ledger/live';
import { CliError, EXIT } from '../cli-error';

export interface TailTarget {
  url: string;
  /** Sent with each connection: the API key, when there is one. */
  headers?: Record<string, string>;
  company?: string;
  types?: string;
}

export interface FollowLiveOptions extends TailTarget {
  from?: string;
  onMessage: (message: LiveMessage) => void;
  onNotice: (text: string) => void;
  signal: AbortSignal;
  /** No byte for this long (heartbeats come every 15 s) means the connection is dead. */
  silenceMs?: number;
}

/**
 * Reads the ledger's live stream through the client's iterator until `signal` aborts: after any drop it
 * reconnects with Last-Event-ID, so nothing is missed and nothing is printed twice. A request the ledger
 * rejects (400, 404) ends the command.
 */
export async function followLive(options: FollowLiveOptions): Promise<void> {
  const events = liveEvents({
    baseUrl: options.url,
    headers: options.headers,
    company: options.company,
    types: options.types
      ?.split(',')
      .map((type) => type.trim())
      .filter(Boolean),
    from: options.from,
    signal: options.signal,
    silenceMs: options.silenceMs,
    onConnected: (after) => options.onNotice(`connected; following ${after === undefined ? 'from the start of the log' : `after position ${after}`}`),
    onDropped: (reason, retryInMs, after) => {
      options.onNotice(`connection lost (${reason})`);
      options.onNotice(`reconnecting in ${retryInMs} ms${after ? ` from position ${after}` : ''}`);
    },
  });
  try {
    for await (const event of events) options.onMessage(event);
  } catch (error) {
    if (!(error instanceof LedgerProblemError)) throw error;
    const { status, title, detail, errors } = error.problem;
    throw new CliError(
      `${status} ${title}${detail ? `: ${detail}` : ''}`,
      EXIT.rejected,
      (errors ?? []).map((fault) => `${fault.path}: ${fault.message}`),
    );
  }
}
