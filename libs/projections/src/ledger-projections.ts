import { Projection } from './projection/projection';
import { companyStatusProjection } from './status/company-status.projection';
import { timelineProjection } from './timeline/timeline.projection';

/** The read model of the query service, in the order the projector applies them to each event. */
export const LEDGER_PROJECTIONS: readonly Projection[] = [timelineProjection, companyStatusProjection];
