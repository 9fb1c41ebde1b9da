import { CompanyRegistration } from '../events/company-registration';
import { IdentifiedDisclosure } from '../events/disclosure-data';
import { CorrectionContent } from '../events/facts/amendments';
import { DisclosureSource } from '../events/source';

/** Ids are chosen by the caller (they become the store's event ids), so a retried command is idempotent. */
export interface RegisterCompany {
  type: 'RegisterCompany';
  companyId: string;
  eventId: string;
  registration: CompanyRegistration;
}

export interface RecordDisclosures {
  type: 'RecordDisclosures';
  companyId: string;
  /** Recorded atomically: all or none. */
  disclosures: IdentifiedDisclosure[];
}

export interface CorrectDisclosure {
  type: 'CorrectDisclosure';
  companyId: string;
  correctionId: string;
  targetId: string;
  correction: CorrectionContent;
  source: DisclosureSource;
}

export interface RetractDisclosure {
  type: 'RetractDisclosure';
  companyId: string;
  retractionId: string;
  targetId: string;
  reason: string;
  source: DisclosureSource;
}

export type CompanyCommand = RegisterCompany | RecordDisclosures | CorrectDisclosure | RetractDisclosure;
