import { canonicalJsonByHand } from './canonical-json-by-hand';

/**
 * JSON Canonicalization Scheme (RFC 8785): object members sorted by UTF-16 code units, no whitespace,
 * numbers as ECMAScript Number::toString, strings as JSON.stringify writes them. Equivalent to the
 * `canonicalize` package on JSON data, and faster: it runs on every append. It copies objects whose
 * members are out of order with the members in order, then lets the native JSON.stringify write the
 * text, which comes out flat (a string built piece by piece costs as much again to flatten later).
 */
export function canonicalJson(value: unknown): string {
  const ordered = inCanonicalOrder(value);
  const text = ordered === NOT_ORDERABLE ? canonicalJsonByHand(value) : JSON.stringify(ordered);
  if (text === undefined) throw new TypeError(`cannot canonicalise a value of type ${typeof value}`);
  if (text.includes('\\u') && ESCAPED_LONE_SURROGATE.test(text)) {
    throw new RangeError('a string with a lone surrogate is not valid I-JSON');
  }
  return text;
}

/** A string as a canonical JSON string literal. */
export function canonicalString(text: string): string {
  const quoted = JSON.stringify(text);
  if (quoted.includes('\\u') && ESCAPED_LONE_SURROGATE.test(quoted)) {
    throw new RangeError('a string with a lone surrogate is not valid I-JSON');
  }
  return quoted;
}

// JSON.stringify writes a lone surrogate as \udXXX (a paired one as itself); the lookbehind and the
// pairs of backslashes skip an escaped backslash followed by the letters "ud...".
const ESCAPED_LONE_SURROGATE = /(?<!\\)(?:\\\\)*\\ud[89a-f][0-9a-f]{2}/;

// An object with integer-like keys enumerates them first, in numeric order: no copy can put its
// members in RFC 8785 order, so such values are written by hand.
const NOT_ORDERABLE = Symbol('not orderable');
const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

/** The value with every object's members in canonical order: the same object when already so. */
function inCanonicalOrder(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`${value} is not valid JSON`);
    return value;
  }
  if (Array.isArray(value)) return arrayInCanonicalOrder(value);
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return inCanonicalOrder((value as { toJSON(): unknown }).toJSON());
  }
  return objectInCanonicalOrder(value as Record<string, unknown>);
}

function arrayInCanonicalOrder(values: unknown[]): unknown {
  let copy: unknown[] | undefined;
  for (let i = 0; i < values.length; i++) {
    const ordered = inCanonicalOrder(values[i]);
    if (ordered === NOT_ORDERABLE) return NOT_ORDERABLE;
    if (ordered !== values[i]) (copy ??= values.slice())[i] = ordered;
  }
  return copy ?? values;
}

function objectInCanonicalOrder(object: Record<string, unknown>): unknown {
  const keys = Object.keys(object);
  if (keys.length === 0) return object;
  if (isArrayIndex(keys[0])) return NOT_ORDERABLE;
  if (sortInPlace(keys)) return orderedCopy(object, keys);
  for (let i = 0; i < keys.length; i++) {
    const member = object[keys[i]];
    const ordered = inCanonicalOrder(member);
    if (ordered === NOT_ORDERABLE) return NOT_ORDERABLE;
    if (ordered !== member) return orderedCopy(object, keys);
  }
  return object;
}

function orderedCopy(object: Record<string, unknown>, sortedKeys: string[]): unknown {
  const copy: Record<string, unknown> = {};
  for (const key of sortedKeys) {
    const ordered = inCanonicalOrder(object[key]);
    if (ordered === NOT_ORDERABLE) return NOT_ORDERABLE;
    copy[key] = ordered;
  }
  return copy;
}

/** Sorts by UTF-16 code units, as RFC 8785 wants; true when the order changed. */
function sortInPlace(keys: string[]): boolean {
  // Objects have few members: an insertion sort beats Array.prototype.sort several times over there.
  if (keys.length > 16) {
    const before = keys.join('\u0000');
    return keys.sort().join('\u0000') !== before;
  }
  let moved = false;
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i];
    let j = i - 1;
    while (j >= 0 && keys[j] > key) {
      keys[j + 1] = keys[j];
      j--;
    }
    if (j !== i - 1) {
      keys[j + 1] = key;
      moved = true;
    }
  }
  return moved;
}

function isArrayIndex(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57 && ARRAY_INDEX.test(key) && Number(key) < 2 ** 32 - 1;
}
