import { DisclosureEvent } from '../events/company-event';
import { sha256OfJson } from '../json/sha256';

/**
 * A hash of what a disclosure says (type, times, source, facts, evidence) — not of its ids, which
 * are the key it is stored under. Equal content gives an equal fingerprint whatever the key order.
 */
export function disclosureFingerprint(event: DisclosureEvent): string {
  const { occurredAt, disclosedAt, source, facts, evidence } = event.data;
  return sha256OfJson({ type: event.type, occurredAt, disclosedAt, source, facts, evidence });
}
