import { setPriority } from 'node:os';

/**
 * The nice value of a thread that catches up or rebuilds beside a serving thread. When both want the CPU,
 * the scheduler gives the serving thread about nine tenths of it, so queries keep their latency during a
 * catch-up; when the server is idle the background thread still takes every free cycle.
 */
const BACKGROUND_NICE = 10;

/** Lowers the calling thread's CPU priority (Linux keeps a nice value per thread); ignored where not allowed. */
export function runThisThreadInBackground(): void {
  try {
    setPriority(0, BACKGROUND_NICE);
  } catch {
    // A system that refuses the change runs the thread at the usual priority.
  }
}
