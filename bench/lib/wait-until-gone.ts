import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** Resolves once the path no longer exists, or after the timeout (it may legitimately stay). */
export async function waitUntilGone(path: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (existsSync(path) && Date.now() < deadline) await sleep(10);
}
