/**
 * Milliseconds since the epoch of a ledger date: a calendar date counts as the start of that day, UTC;
 * a date-time carries its zone. NaN when the text is not a date.
 */
export function instantOf(text: string): number {
  return Date.parse(text);
}

/** When a disclosure happened, as best known: occurredAt, else when it was published, else when it was recorded. */
export function effectiveOccurredAt(occurredAt: string | undefined, disclosedAt: string | undefined, recordedAt: string): string {
  return occurredAt ?? disclosedAt ?? recordedAt;
}
