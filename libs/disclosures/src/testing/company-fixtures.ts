import { CorrectDisclosure, RecordDisclosures, RetractDisclosure } from '../company/commands';
import { RecordableType } from '../events/catalogue';
import { CompanyEvent, DisclosureEvent } from '../events/company-event';
import { IdentifiedDisclosure } from '../events/disclosure-data';
import { CorrectionInput } from '../events/facts/amendments';
import { DisclosureSource } from '../events/source';
import { parseDisclosureInput } from '../validation/parse-disclosure';
import { COMPANY_ID, disclosureBody } from './samples';

export const MANUAL: DisclosureSource = { kind: 'manual' };

export const companyRegistered: CompanyEvent = {
  type: 'CompanyRegistered',
  data: { companyId: COMPANY_ID, name: 'Acme plc' },
};

/** A valid disclosure as the parser returns it, with its id set. */
export function disclosure(disclosureId: string, type: RecordableType = 'OtherDisclosure', overrides: Record<string, unknown> = {}): IdentifiedDisclosure {
  const parsed = parseDisclosureInput(disclosureBody(type, overrides));
  if (!parsed.ok) throw new Error(`invalid sample: ${JSON.stringify(parsed.error)}`);
  return { ...parsed.value, disclosureId };
}

/** The event that records a disclosure, spelled out independently of the decider. */
export function recorded(input: IdentifiedDisclosure): DisclosureEvent {
  const { type, disclosureId, occurredAt, disclosedAt, source, facts, evidence } = input;
  const data = { companyId: COMPANY_ID, disclosureId, occurredAt, disclosedAt, source, facts, evidence };
  return { type, data: JSON.parse(JSON.stringify(data)) };
}

export function record(...disclosures: IdentifiedDisclosure[]): RecordDisclosures {
  return { type: 'RecordDisclosures', companyId: COMPANY_ID, disclosures };
}

export function correct(correctionId: string, targetId: string, correction: CorrectionInput): CorrectDisclosure {
  return { type: 'CorrectDisclosure', companyId: COMPANY_ID, correctionId, targetId, correction, source: MANUAL };
}

export function retract(retractionId: string, targetId: string, reason = 'duplicate'): RetractDisclosure {
  return { type: 'RetractDisclosure', companyId: COMPANY_ID, retractionId, targetId, reason, source: MANUAL };
}
