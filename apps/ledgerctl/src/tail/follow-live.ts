import type { LiveMessage } from '@ledger/live/live-message';
import { CliError, EXIT } from '../cli-error';
import { linesOf } from './ndjson-lines';
import { TailTarget, streamUrl } from './stream-url';

export interface FollowLiveOptions extends TailTarget {
  from?: string;
  onMessage: (message: LiveMessage) => void;
  onNotice: (text: string) => void;
  signal: AbortSignal;
  /** No byte for this long (heartbeats come every 15 s) means the connection is dead. */
  silenceMs?: number;
}

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 5_000;

/**
 * Reads the ledger's NDJSON live stream until `signal` aborts, reconnecting after any drop with
 * ?from= the last position received, so nothing is missed and nothing is printed twice. A request
 * the ledger rejects (400, 404) is not retried.
 */
export async function followLive(options: FollowLiveOptions): Promise<void> {
  let after = options.from;
  let delay = FIRST_RETRY_MS;
  while (!options.signal.aborted) {
    const connection = new AbortController();
    const abort = () => connection.abort();
    options.signal.addEventListener('abort', abort);
    let silence: NodeJS.Timeout | undefined;
    const resetSilence = () => {
      clearTimeout(silence);
      silence = setTimeout(abort, options.silenceMs ?? 45_000);
    };
    try {
      resetSilence();
      const response = await fetch(streamUrl(options, after), { headers: { accept: 'application/x-ndjson' }, signal: connection.signal });
      if (response.status >= 400 && response.status < 500) throw await rejection(response);
      if (response.status !== 200 || !response.body) throw new Error(`the ledger answered ${response.status}`);
      // Live from now: remember where "now" was, so a reconnect resumes from there.
      after ??= response.headers.get('stream-after') ?? undefined;
      if (after === 'start') after = undefined;
      options.onNotice(`connected; following ${after === undefined ? 'from the start of the log' : `after position ${after}`}`);
      for await (const line of linesOf(response.body)) {
        resetSilence();
        if (line.trim() === '') continue;
        const message = JSON.parse(line) as LiveMessage | { event: 'error'; data: { title?: string; detail?: string } };
        if (message.event === 'error') {
          options.onNotice(`the ledger ended the stream: ${message.data.title ?? ''} ${message.data.detail ?? ''}`.trim());
          break;
        }
        options.onMessage(message as LiveMessage);
        after = (message as LiveMessage).id;
        delay = FIRST_RETRY_MS;
      }
    } catch (error) {
      if (error instanceof CliError) throw error;
      if (options.signal.aborted) return;
      options.onNotice(`connection lost (${describe(error)})`);
    } finally {
      clearTimeout(silence);
      options.signal.removeEventListener('abort', abort);
    }
    if (options.signal.aborted) return;
    options.onNotice(`reconnecting in ${delay} ms${after ? ` from position ${after}` : ''}`);
    await sleep(delay, options.signal);
    delay = Math.min(delay * 2, MAX_RETRY_MS);
  }
}

async function rejection(response: Response): Promise<CliError> {
  const problem = (await response.json().catch(() => ({}))) as { title?: string; detail?: string; errors?: { path: string; message: string }[] };
  const details = (problem.errors ?? []).map((error) => `${error.path}: ${error.message}`);
  return new CliError(`${response.status} ${problem.title ?? 'rejected'}${problem.detail ? `: ${problem.detail}` : ''}`, EXIT.rejected, details);
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? error.message;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
