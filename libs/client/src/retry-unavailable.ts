/** How a client retries the answers that say "not now": 503 (the store unreachable) and 429 (rate limited). */
export interface RetryOptions {
  /** Retries after the first attempt; 0 turns retrying off. Default 3. */
  retries?: number;
  /** When the answer carries no Retry-After: the first wait, doubled at each retry. Default 500 ms. */
  fallbackDelayMs?: number;
  /** No single wait is longer, whatever Retry-After says. Default 30 s. */
  maxDelayMs?: number;
}

const RETRIED_STATUSES = new Set([429, 503]);

/**
 * Wraps fetch so that a 503 or 429 is sent again after the wait its Retry-After names (seconds or an
 * HTTP date), up to `retries` times; the last answer is returned as is. A 503 from the ledger means
 * nothing was written, so a retry of a write is safe (and disclosure ids make it idempotent anyway).
 */
export function retryingFetch(fetchImpl: (request: Request) => Promise<Response>, options: RetryOptions = {}): (request: Request) => Promise<Response> {
  const retries = options.retries ?? 3;
  const fallback = options.fallbackDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 30_000;
  return async (request) => {
    for (let attempt = 0; ; attempt++) {
      // A request's body can be read once: each attempt sends a copy.
      const response = await fetchImpl(attempt < retries ? request.clone() : request);
      if (!RETRIED_STATUSES.has(response.status) || attempt >= retries) return response;
      const delay = Math.min(retryAfterMs(response.headers.get('retry-after'), Date.now()) ?? fallback * 2 ** attempt, maxDelay);
      await response.body?.cancel();
      await sleep(delay, request.signal);
    }
  };
}

/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', abort, { once: true });
    function done() {
      signal?.removeEventListener('abort', abort);
      resolve();
    }
    function abort() {
      clearTimeout(timer);
      reject(signal!.reason);
    }
  });
}
