import { parseDisclosureInput, RecordableType } from '@ledger/disclosures';

/** The facts as the catalogue's validators normalize them, or null when they would be refused. */
export function validFacts(type: RecordableType, facts: Record<string, unknown>): Record<string, unknown> | null {
  const parsed = parseDisclosureInput({ type, source: { kind: 'news' }, facts });
  return parsed.ok ? (parsed.value.facts as unknown as Record<string, unknown>) : null;
}
