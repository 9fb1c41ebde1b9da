import { ValidateBy } from 'class-validator';
import { Integer, inOrder, Optional, VerbatimText } from '../validation/decorators';

/**
 * A quoted span of the source that supports the disclosure. The quote is kept exactly as written
 * (not trimmed) so that it still matches the source text at [start, end).
 */
export class Evidence {
  @VerbatimText() quote: string;
  @Optional() @Integer(0) start?: number;
  @Optional() @EndAfterStart() end?: number;
}

/** An integer greater than start (or than 0 when start is absent). */
function EndAfterStart(): PropertyDecorator {
  return inOrder(
    Integer(1),
    ValidateBy({
      name: 'isEndAfterStart',
      validator: {
        validate: (value, args) => {
          const start = (args?.object as Partial<Evidence> | undefined)?.start;
          return typeof value === 'number' && value > (typeof start === 'number' ? start : 0);
        },
        defaultMessage: () => 'end must be greater than start',
      },
    }),
  );
}
