import { DisclosureType, RecordableType } from './catalogue';
import { Evidence } from './evidence';
import { FactsByType } from './facts-by-type';
import { DisclosureSource } from './source';

/** A disclosure as a client gave it, once validated and normalized (plain data, not class instances). */
export interface DisclosureInputOf<T extends RecordableType> {
  /** Absent when the client leaves the id to the server. */
  disclosureId?: string;
  type: T;
  occurredAt?: string;
  disclosedAt?: string;
  source: DisclosureSource;
  facts: FactsByType[T];
  evidence?: Evidence[];
}

export type DisclosureInput = { [T in RecordableType]: DisclosureInputOf<T> }[RecordableType];

/** A disclosure whose id is chosen: what RecordDisclosures takes. */
export type IdentifiedDisclosure = DisclosureInput & { disclosureId: string };

/**
 * The data of every disclosure event: what the client gave, normalized, and nothing chosen by the
 * server (recording time and the like go to metadata), so that a retry yields equal data.
 */
export interface DisclosureEventData<F> {
  companyId: string;
  disclosureId: string;
  occurredAt?: string;
  disclosedAt?: string;
  source: DisclosureSource;
  facts: F;
  evidence?: Evidence[];
}

export type DisclosureEventDataOf<T extends DisclosureType> = DisclosureEventData<FactsByType[T]>;
