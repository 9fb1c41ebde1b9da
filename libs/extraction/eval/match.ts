import { shortNameOf } from '../src/regulators/find-regulators';
import { foldText } from '../src/text/fold';
import { ExpectedEvent } from './corpus';

export interface Proposed {
  type: string;
  occurredOn: string | null;
  facts: Record<string, unknown>;
  computedFacts?: string[];
}

/** Same type, and every key fact the label gives is what was proposed: regulator; direction, changePct, price, currency. */
export function matches(expected: ExpectedEvent, proposed: Proposed): boolean {
  if (expected.type !== proposed.type) return false;
  const want = expected.facts;
  const got = proposed.facts;
  if (typeof want.regulator === 'string' && !sameRegulator(want.regulator, typeof got.regulator === 'string' ? got.regulator : '')) return false;
  if (expected.type !== 'SharePriceMoved') return true;
  if (want.direction !== undefined && want.direction !== got.direction) return false;
  if (typeof want.changePct === 'number' && !near(want.changePct, got.changePct, pctTolerance(want.changePct, proposed))) return false;
  if (typeof want.price === 'number' && !near(want.price, got.price, Math.max(0.005, want.price * 0.0005))) return false;
  if (want.currency !== undefined && want.currency !== got.currency) return false;
  return true;
}

/**
 * A percentage the extractor calculated matches a label at the label's precision: a label of 11.2 for
 * 18.2p off 161.8p (11.25 calculated) rounds the same figure to one decimal. A percentage read is matched to 0.01.
 */
function pctTolerance(want: number, proposed: Proposed): number {
  const computed = proposed.computedFacts?.includes('changePct') ?? false;
  return computed && Number.isInteger(Math.round(want * 10 * 1000) / 1000) ? 0.05 + 1e-9 : 0.011;
}

function near(want: number, got: unknown, tolerance: number): boolean {
  return typeof got === 'number' && Math.abs(want - got) <= tolerance;
}

/** Regulators compare by short name ("Information Commissioner's Office (ICO)" = "ICO"), others by their words. */
export function sameRegulator(a: string, b: string): boolean {
  const shortA = shortNameOf(a);
  const shortB = shortNameOf(b);
  if (shortA || shortB) return shortA === shortB;
  const wordsA = words(a);
  const wordsB = words(b);
  return wordsA === wordsB || (wordsA.length > 0 && wordsB.length > 0 && (wordsA.includes(wordsB) || wordsB.includes(wordsA)));
}

function words(text: string): string {
  return foldText(text)
    .replace(/^(?:the|les|la|le|l')\s*/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A maximum one-to-one matching between labels and proposals (augmenting paths). */
export function pairUp(expected: ExpectedEvent[], proposed: Proposed[]): [number, number][] {
  const ownerOf = new Array<number>(proposed.length).fill(-1);
  const tryLabel = (label: number, seen: boolean[]): boolean => {
    for (let p = 0; p < proposed.length; p++) {
      if (seen[p] || !matches(expected[label], proposed[p])) continue;
      seen[p] = true;
      if (ownerOf[p] < 0 || tryLabel(ownerOf[p], seen)) {
        ownerOf[p] = label;
        return true;
      }
    }
    return false;
  };
  expected.forEach((_, label) => tryLabel(label, new Array<boolean>(proposed.length).fill(false)));
  return ownerOf.flatMap((label, p) => (label >= 0 ? [[label, p] as [number, number]] : []));
}
