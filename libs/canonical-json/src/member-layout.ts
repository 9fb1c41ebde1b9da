import { canonicalString } from './canonical-string';
import { MemberWriter, compileMemberWriter } from './member-writer';

/** How canonical JSON writes an object with a given list of keys: its names in order, each quoted once. */
export interface MemberLayout {
  /** The names sorted by UTF-16 code units, as RFC 8785 wants. */
  names: string[];
  /** `{"name":`, for the first member written. */
  firstPrefixes: string[];
  /** `,"name":`, for the others. */
  prefixes: string[];
  /** Compiled once the layout has been met COMPILE_AFTER times. */
  writer?: MemberWriter;
}

/** Objects with more keys than this are maps more often than records: laid out each time, not kept. */
const MAX_KEPT_KEYS = 64;
const MAX_LAYOUTS = 1024;
/** Objects of a layout met this often are written by code compiled for it; rarer ones by a loop. */
const COMPILE_AFTER = 8;
/** Layouts kept per first key. */
const MAX_SIBLINGS = 16;

interface Kept {
  keys: string[];
  layout: MemberLayout;
  uses: number;
}

// Found by the first key as enumerated, then told apart from the few that share it by all their keys.
const kept = new Map<string, Kept[]>();
let keptCount = 0;

/** The layout of an object whose Object.keys are `keys`; null when it has none. */
export function memberLayoutOf(keys: string[]): MemberLayout | null {
  if (keys.length === 0) return null;
  if (keys.length > MAX_KEPT_KEYS) return layOut(keys);
  let siblings = kept.get(keys[0]);
  if (siblings !== undefined) {
    for (const sibling of siblings) if (sameKeys(sibling.keys, keys)) return used(sibling);
  }
  const layout = layOut(keys);
  if (keptCount >= MAX_LAYOUTS) {
    kept.clear();
    keptCount = 0;
    siblings = undefined;
  }
  if (siblings === undefined) kept.set(keys[0], (siblings = []));
  if (siblings.length >= MAX_SIBLINGS) siblings.shift();
  else keptCount++;
  siblings.push({ keys, layout, uses: 1 });
  return layout;
}

function used(kept: Kept): MemberLayout {
  const { layout } = kept;
  if (++kept.uses === COMPILE_AFTER) {
    try {
      layout.writer = compileMemberWriter(layout.names, layout.firstPrefixes, layout.prefixes);
    } catch {
      // Code generation from strings is disallowed in this process: the loop writes the same text.
    }
  }
  return layout;
}

function layOut(keys: string[]): MemberLayout {
  const names = [...keys].sort();
  const quoted = names.map((name) => `${canonicalString(name)}:`);
  return {
    names,
    firstPrefixes: quoted.map((name) => `{${name}`),
    prefixes: quoted.map((name) => `,${name}`),
  };
}

function sameKeys(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
