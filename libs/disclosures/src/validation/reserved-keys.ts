/**
 * Keys the object mapper skips without a word, so that the whitelist never sees them: `__proto__`
 * and every member of Object.prototype (`constructor`, `toString`, `hasOwnProperty`...), since
 * class-transformer leaves out any key whose value on the new instance is a function. Refused up
 * front so that no unknown field goes unreported.
 */
const RESERVED_KEYS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

export function isReservedKey(key: string): boolean {
  return RESERVED_KEYS.has(key);
}
