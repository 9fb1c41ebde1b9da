/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * JSON can carry a lone surrogate (`"\uD800"`), but it is not Unicode text: the event store's
 * canonical JSON (I-JSON) refuses it, so it must be refused as a field error long before.
 */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

export const LONE_SURROGATE_MESSAGE = 'contains a lone UTF-16 surrogate; text must be valid Unicode';
export const LONE_SURROGATE_KEY_MESSAGE = `field name ${LONE_SURROGATE_MESSAGE}`;
