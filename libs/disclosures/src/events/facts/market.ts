import { GuidanceFigure } from './guidance-figure';
import { Nested, NonNegativeNumber, OneOf, Optional, PositiveNumber, Text } from '../../validation/decorators';
import { CurrencyCode } from '../../validation/format-decorators';

export const DIRECTIONS = ['up', 'down'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export class GuidanceChangedFacts {
  @Text() summary: string;
  /** What the guidance is about, e.g. "revenue", "operating margin". */
  @Optional() @Text() metric?: string;
  @Optional() @OneOf(DIRECTIONS) direction?: Direction;
  /** The guidance it replaces. */
  @Optional() @Nested(() => GuidanceFigure) previous?: GuidanceFigure;
  /** The guidance now given. */
  @Optional() @Nested(() => GuidanceFigure) current?: GuidanceFigure;
}

export class SharePriceMovedFacts {
  @OneOf(DIRECTIONS) direction: Direction;
  /** Size of the move in percent; the sign is in `direction`. */
  @Optional() @NonNegativeNumber() changePct?: number;
  @Optional() @PositiveNumber() price?: number;
  @Optional() @CurrencyCode() currency?: string;
  /** Trading venue, e.g. "LSE", "Euronext Paris". */
  @Optional() @Text() venue?: string;
}

export class OtherDisclosureFacts {
  @Text() summary: string;
}
