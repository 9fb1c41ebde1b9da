import { IsObject } from 'class-validator';
import { Optional, Text } from '../../validation/decorators';
import { DisclosureId, LedgerDate } from '../../validation/format-decorators';

/**
 * What a client sends to correct a disclosure. `facts` is merged shallowly over the target's current
 * facts (a null member removes that field) and the result must pass the target type's facts class.
 */
export class CorrectionInput {
  @Optional() @IsObject() facts?: Record<string, unknown>;
  @Optional() @LedgerDate() occurredAt?: string;
  @Text() reason: string;
}

export class RetractionInput {
  @Text() reason: string;
}

export class DisclosureCorrectedFacts extends CorrectionInput {
  /** The corrected disclosure. */
  @DisclosureId() disclosureId: string;
}

export class DisclosureRetractedFacts extends RetractionInput {
  /** The retracted disclosure. */
  @DisclosureId() disclosureId: string;
}
