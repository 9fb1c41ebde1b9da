import { IsObject } from 'class-validator';
import { Optional, Text } from '../../validation/decorators';
import { DisclosureId, LedgerDate } from '../../validation/format-decorators';

/**
 * What a correction says. `facts` is merged shallowly over the target's current facts (a null member
 * removes that field) and the result must pass the target type's facts class.
 */
export class CorrectionContent {
  @Optional() @IsObject() facts?: Record<string, unknown>;
  @Optional() @LedgerDate() occurredAt?: string;
  @Text() reason: string;
}

/** What a client sends to correct a disclosure: its own id makes a retry of the request safe. */
export class CorrectionInput extends CorrectionContent {
  @Optional() @DisclosureId() correctionId?: string;
}

export class RetractionContent {
  @Text() reason: string;
}

/** What a client sends to retract a disclosure: its own id makes a retry of the request safe. */
export class RetractionInput extends RetractionContent {
  @Optional() @DisclosureId() retractionId?: string;
}

export class DisclosureCorrectedFacts extends CorrectionContent {
  /** The corrected disclosure. */
  @DisclosureId() disclosureId: string;
}

export class DisclosureRetractedFacts extends RetractionContent {
  /** The retracted disclosure. */
  @DisclosureId() disclosureId: string;
}
