import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { AppendSubject } from './append-subject';
import { disclosure } from './disclosure-workload';
import { LatencyFigures, latencyFigures } from './latency-figures';
import { LatencyHistogram } from './latency-histogram';
import { SeededRandom } from './seeded-random';
import { ZipfSampler } from './zipf';

/** Appends slower than this are counted past the histogram's buckets (exactly, but in a list). */
const LATENCY_CEILING_US = 2_000_000;
/** A writer that loses this many races in a row on one event gives up: something is wrong, not busy. */
const MAX_ATTEMPTS = 1_000;

export interface WritersShape {
  writers: number;
  seconds: number;
  /** Company ids, hottest first: stream k is `company-<companyIds[k]>`, drawn by Zipf rank. */
  companyIds: readonly string[];
  zipfExponent: number;
  seed: number;
}

export interface WritersRun {
  writers: number;
  seconds: number;
  appended: number;
  /** Appends refused for a stale expected revision and retried at the stream's actual one. */
  conflicts: number;
  eventsPerSecond: number;
  latency: LatencyFigures;
}

/**
 * `writers` concurrent async appenders in this process, each appending one disclosure at a time to a
 * stream drawn by Zipf rank, at the exact length the writers last saw it have (one cache shared by
 * all, as a write side's is); a refused append is retried at the length the store reports. Each
 * append is timed from when its writer wants it written to its acknowledgement, retries included; `onAck` hears of every acknowledged event.
 */
export async function runConcurrentWriters(
  subject: AppendSubject,
  streamLengthOnConflict: (error: unknown) => number | null,
  shape: WritersShape,
  onAck: (eventId: string, at: number) => void = () => {},
): Promise<WritersRun> {
  const random = new SeededRandom(shape.seed);
  const zipf = new ZipfSampler(shape.companyIds.length, shape.zipfExponent, random);
  const knownLengths = new Int32Array(shape.companyIds.length);
  const latencyUs = new LatencyHistogram(LATENCY_CEILING_US);
  let appended = 0;
  let conflicts = 0;
  const start = performance.now();
  const deadline = start + shape.seconds * 1000;

  // The first error stops every writer, so that none is still appending when the caller closes the store.
  let failure: { error: unknown } | null = null;
  const writer = async () => {
    while (failure === null && performance.now() < deadline) {
      const rank = zipf.next();
      const companyId = shape.companyIds[rank];
      const event = disclosure(companyId, random);
      // Timed from here, so a wait behind the other writers' commits counts, as it does for a request.
      const began = performance.now();
      // Each append starts in a turn of its own, as a request arriving from a socket does: a store
      // that commits synchronously must not keep the reader (or anything else) off the event loop for the whole run.
      await nextTurn();
      for (let attempt = 1; ; attempt++) {
        const length = knownLengths[rank];
        try {
          await subject.append(`company-${companyId}`, [event], length);
          knownLengths[rank] = Math.max(knownLengths[rank], length + 1);
          break;
        } catch (error) {
          const actual = streamLengthOnConflict(error);
          if (actual === null || attempt >= MAX_ATTEMPTS) {
            failure ??= { error };
            return;
          }
          conflicts++;
          knownLengths[rank] = actual;
        }
      }
      const acked = performance.now();
      latencyUs.record(Math.round((acked - began) * 1000));
      appended++;
      onAck(event.id, acked);
    }
  };
  await Promise.all(Array.from({ length: shape.writers }, writer));
  if (failure) throw (failure as { error: unknown }).error;
  const seconds = (performance.now() - start) / 1000;
  return { writers: shape.writers, seconds, appended, conflicts, eventsPerSecond: appended / seconds, latency: latencyFigures(latencyUs, 0.001) };
}
