import { malformedBody } from './request-body-problems';

// Fatal: a lenient decoder would turn invalid bytes into U+FFFD and the ledger would store them as such.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The body's text, refused (400) unless it is well-formed UTF-8 (no stray, overlong or surrogate sequences). */
export function decodeStrictUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw malformedBody('the body is not valid UTF-8');
  }
}
