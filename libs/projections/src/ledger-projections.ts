import { Projection } from './projection/projection';
import { companyStatusProjection } from './status/company-status.projection';
import { timelineProjection } from './timeline/timeline.projection';

/** The read model of the query service: projections that each own their tables, so their order does not matter. */
export const LEDGER_PROJECTIONS: readonly Projection[] = [timelineProjection, companyStatusProjection];
