import { COMPANY_REGISTERED, CompanyRegistration, isRecordableType } from '@ledger/disclosures';
import type { RecordedEvent } from '@ledger/event-store';
import { CompanyStatus, emptyCompanyStatus } from '../status/company-status';
import { foldStatus, registered } from '../status/reduce-status';
import { instantOf } from '../time/instant';
import { TimelineEntry, amended, amendedId, entryOccurredAt, newEntry, statusInputOf } from '../timeline/timeline-entry';

/**
 * occurred: the world as it was at T in business time, as the ledger knows it now (every correction
 * and retraction applied; disclosures that happened after T left out).
 * recorded: what the ledger knew at T in its own recording time (events recorded after T left out).
 */
export const AS_OF_BASES = ['occurred', 'recorded'] as const;
export type AsOfBasis = (typeof AS_OF_BASES)[number];

/**
 * A company's status as of an instant, folded from its stream with the same reducer as the
 * company-status projection: at an instant after the last event, both answers are equal.
 */
export function statusAsOf(companyId: string, stream: readonly RecordedEvent[], asOfMs: number, basis: AsOfBasis): CompanyStatus {
  const known = basis === 'recorded' ? stream.filter((event) => instantOf(event.metadata.recordedAt) <= asOfMs) : stream;
  let status = emptyCompanyStatus(companyId);
  const entries = new Map<string, TimelineEntry>();
  for (const event of known) {
    if (event.type === COMPANY_REGISTERED) status = registered(status, event.data as unknown as CompanyRegistration, event.revision);
    else if (isRecordableType(event.type)) {
      const entry = newEntry(event);
      entries.set(entry.disclosureId, entry);
    } else if (event.type === 'DisclosureCorrected' || event.type === 'DisclosureRetracted') {
      const target = entries.get(amendedId(event));
      if (target) entries.set(target.disclosureId, amended(target, event));
    }
  }
  const happened = [...entries.values()].filter((entry) => basis === 'recorded' || instantOf(entryOccurredAt(entry)) <= asOfMs);
  const folded = foldStatus(status, happened.filter((entry) => !entry.retracted).map(statusInputOf));
  return { ...folded, revision: Math.max(status.revision, ...happened.map(lastRevisionOf)) };
}

/** The last event that shaped an entry: itself, a correction or its retraction. */
function lastRevisionOf(entry: TimelineEntry): number {
  return Math.max(entry.revision, entry.retraction?.revision ?? -1, ...entry.corrections.map((correction) => correction.revision));
}
