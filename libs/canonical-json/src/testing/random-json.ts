/** A small seeded generator of varied JSON values, for comparing serialisers. */
export function randomJsonValues(count: number, seed: number): unknown[] {
  const next = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const KEY_PIECES = ['a', 'B', 'z', '1', '_', 'é', '\u20ac', '\ufb33', '\u0080', '\r', '😀', 'key', 'Key', 'ÿ', ''];
  const STRINGS = ['', 'plain', 'quote"', 'back\\slash', 'line\nbreak', 'tab\t', '\u0000\u001f', '\u007f', 'é€😀', '\u2028\u2029', '</script>'];
  const NUMBERS = [
    0,
    -0,
    1,
    -1,
    0.1,
    1e21,
    1e-7,
    1e-6,
    123456789012345680000,
    5e-324,
    1.7976931348623157e308,
    333333333.33333329,
    4.5,
    -2.5e-12,
    2 ** 53,
    9007199254740993,
  ];

  const key = (): string => Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(KEY_PIECES)).join('');
  const scalar = (): unknown => {
    switch (Math.floor(next() * 6)) {
      case 0:
        return pick(STRINGS) + Math.floor(next() * 100);
      case 1:
        return pick(NUMBERS);
      case 2:
        return (next() - 0.5) * 10 ** Math.floor(next() * 40 - 20);
      case 3:
        return next() < 0.5;
      case 4:
        return null;
      default:
        return Math.floor(next() * 2 ** 31) - 2 ** 30;
    }
  };
  const value = (depth: number): unknown => {
    const roll = next();
    if (depth > 3 || roll < 0.5) return scalar();
    if (roll < 0.75) return Array.from({ length: Math.floor(next() * 5) }, () => value(depth + 1));
    const object: Record<string, unknown> = {};
    const size = Math.floor(next() * 6);
    for (let i = 0; i < size; i++) object[key()] = next() < 0.05 ? undefined : value(depth + 1);
    return object;
  };
  return Array.from({ length: count }, () => value(0));
}

/** A small deterministic PRNG (mulberry32): numbers in [0, 1), the same for the same seed. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
