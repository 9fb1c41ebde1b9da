import { createHash } from 'node:crypto';
import { canonicalJson } from '@ledger/canonical-json';

/** Hex SHA-256 of the canonical JSON of a value: equal for equal content, whatever the key order. */
export function sha256OfJson(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}
