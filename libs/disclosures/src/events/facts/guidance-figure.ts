import { ValidateBy } from 'class-validator';
import { inOrder, NonNegativeNumber, Optional, Text } from '../../validation/decorators';
import { CurrencyCode } from '../../validation/format-decorators';

/** A guidance figure as written ("£20m-£25m", "entre 40 et 50 millions d'euros") and as values; one figure has low = high. */
export class GuidanceFigure {
  @Text() text: string;
  @NonNegativeNumber() low: number;
  @HighNotBelowLow() high: number;
  /** ISO 4217 when the figure is money; low and high are then whole amounts (20000000 for "£20m"). */
  @Optional() @CurrencyCode() currency?: string;
  /** "%" when the figure is a percentage. */
  @Optional() @Text() unit?: string;
}

function HighNotBelowLow(): PropertyDecorator {
  return inOrder(
    NonNegativeNumber(),
    ValidateBy({
      name: 'isHighNotBelowLow',
      validator: {
        validate: (value, args) => {
          const low = (args?.object as Partial<GuidanceFigure> | undefined)?.low;
          return typeof value === 'number' && (typeof low !== 'number' || value >= low);
        },
        defaultMessage: () => 'high must not be below low',
      },
    }),
  );
}
