import { instantOf } from '../time/instant';

/** Texts parsed lately: a company's first and last disclosure dates are compared with every event. */
const parsed = new Map<string, number>();
const CAPACITY = 4_096;

/** instantOf, remembered for the texts seen lately (then the memory starts over). */
export function parsedInstantOf(text: string): number {
  let instant = parsed.get(text);
  if (instant === undefined) {
    if (parsed.size >= CAPACITY) parsed.clear();
    instant = instantOf(text);
    parsed.set(text, instant);
  }
  return instant;
}
