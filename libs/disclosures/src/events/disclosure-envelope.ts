import { IsObject } from 'class-validator';
import { Nested, NestedList, OneOf, Optional } from '../validation/decorators';
import { DisclosureId, LedgerDate } from '../validation/format-decorators';
import { RECORDABLE_TYPES } from './catalogue';
import type { RecordableType } from './catalogue';
import { DisclosureSource } from './source';
import { Evidence } from './evidence';

/**
 * What a client sends to record one disclosure. `facts` is checked separately by the class of
 * `type` (FACTS_CLASS_BY_TYPE), so that an unknown type yields a single, clear error.
 */
export class DisclosureEnvelope {
  @Optional() @DisclosureId() disclosureId?: string;
  @OneOf(RECORDABLE_TYPES) type: RecordableType;
  /** Business time: when it happened. */
  @Optional() @LedgerDate() occurredAt?: string;
  /** When the source published it. */
  @Optional() @LedgerDate() disclosedAt?: string;
  @Nested(() => DisclosureSource) source: DisclosureSource;
  @IsObject() facts: object;
  @Optional() @NestedList(() => Evidence) evidence?: Evidence[];
}
