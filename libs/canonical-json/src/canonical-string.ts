// Most strings need no escape: quoting them by hand is much cheaper than JSON.stringify.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
const NO_ESCAPE_NEEDED = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

// JSON.stringify writes a lone surrogate as \udXXX (a paired one as itself); the lookbehind and the
// pairs of backslashes skip an escaped backslash followed by the letters "ud...".
const ESCAPED_LONE_SURROGATE = /(?<!\\)(?:\\\\)*\\ud[89a-f][0-9a-f]{2}/;

/** A string as a canonical JSON string literal (RFC 8785: as JSON.stringify writes it). */
export function canonicalString(text: string): string {
  if (NO_ESCAPE_NEEDED.test(text)) return `"${text}"`;
  const quoted = JSON.stringify(text);
  if (quoted.includes('\\u') && ESCAPED_LONE_SURROGATE.test(quoted)) {
    throw new RangeError('a string with a lone surrogate is not valid I-JSON');
  }
  return quoted;
}
