import { createHash } from 'node:crypto';
import { Span } from '../text/span';

/**
 * A disclosure id that depends only on the article and what was read from it (type, evidence spans,
 * and the key that tells apart disclosures of one type drawn from the same sentence, such as each
 * regulator named): the same article ingested twice yields the same ids, so the ledger records it once.
 * Formatted as a name-based UUID (version 5 layout, SHA-256 rather than SHA-1).
 */
export function proposalDisclosureId(text: string, type: string, evidence: Span[], key = ''): string {
  const digest = createHash('sha256')
    .update(text, 'utf8')
    .update('\u0000')
    .update(type)
    .update('\u0000')
    .update(evidence.map((span) => `${span.start}-${span.end}`).join(','))
    .update('\u0000')
    .update(key)
    .digest();
  digest[6] = (digest[6] & 0x0f) | 0x50;
  digest[8] = (digest[8] & 0x3f) | 0x80;
  const hex = digest.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
