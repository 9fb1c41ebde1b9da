import { OneOf, Optional, Text } from '../../validation/decorators';

export const PROBE_STAGES = ['review', 'provisional', 'formal'] as const;
export type ProbeStage = (typeof PROBE_STAGES)[number];

export const PROBE_UPDATE_STAGES = [...PROBE_STAGES, 'closed'] as const;
export type ProbeUpdateStage = (typeof PROBE_UPDATE_STAGES)[number];

export class RegulatorNotifiedFacts {
  /** Short name as commonly written: ICO, NCSC, CNIL, SEC... */
  @Text() regulator: string;
  @Optional() @Text() summary?: string;
}

export class RegulatoryProbeOpenedFacts {
  @Text() regulator: string;
  @Text() scope: string;
  @OneOf(PROBE_STAGES) stage: ProbeStage;
  /** The regulator's own reference for the case, when it has one. */
  @Optional() @Text() probeId?: string;
}

export class RegulatoryProbeUpdatedFacts {
  @Text() regulator: string;
  @Optional() @Text() probeId?: string;
  @Optional() @OneOf(PROBE_UPDATE_STAGES) stage?: ProbeUpdateStage;
  @Optional() @Text() outcome?: string;
  @Optional() @Text() summary?: string;
}
