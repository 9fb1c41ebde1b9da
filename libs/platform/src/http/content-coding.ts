import { unsupportedBody } from './request-body-problems';

/**
 * Refuses a compressed (or otherwise encoded) body with 415 and `Accept-Encoding: identity`, as RFC 9110
 * §15.5.16 asks, rather than reading the encoded bytes as JSON.
 */
export function requireIdentityCoding(contentEncoding: string | string[] | undefined): void {
  const codings = [contentEncoding ?? []]
    .flat()
    .flatMap((value) => value.split(','))
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  if (codings.length > 0) {
    throw unsupportedBody(`content coding "${codings.join(', ')}" is not supported: send the body uncompressed`, { 'accept-encoding': 'identity' });
  }
}
