import { Bool, Integer, OneOf, Optional, Text, TextList } from '../../validation/decorators';

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export class BreachAnnouncedFacts {
  @Optional() @Text() summary?: string;
  /** Whether an outside party reached the company's systems. */
  @Optional() @Bool() externalAccess?: boolean;
  @Optional() @Text() systemsAffected?: string;
  @Optional() @Bool() dataAtRisk?: boolean;
}

export class SystemsTakenOfflineFacts {
  @Optional() @Text() systems?: string;
  @Optional() @Text() summary?: string;
}

export class ExternalAdvisersEngagedFacts {
  @Optional() @Text() advisers?: string;
  @Optional() @Text() summary?: string;
}

export class SystemsRestoredFacts {
  @Optional() @Bool() partial: boolean = false;
  @Optional() @Text() systems?: string;
  @Optional() @Text() summary?: string;
}

export class OperationalImpactReportedFacts {
  @Text() summary: string;
  @Optional() @OneOf(SEVERITIES) severity?: Severity;
  /** As disclosed, e.g. "several weeks". */
  @Optional() @Text() expectedDuration?: string;
}

export class DataExposureConfirmedFacts {
  @Optional() @TextList() dataTypes?: string[];
  @Optional() @Integer(0) recordsAffected?: number;
  @Optional() @Text() summary?: string;
}
