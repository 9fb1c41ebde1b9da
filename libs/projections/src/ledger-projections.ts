import { readSetting } from '@ledger/settings';
import { Projection } from './projection/projection';
import { companyStatusProjection } from './status/company-status.projection';
import { TEST_POISON_SETTING, poisonTestProjection } from './testing/poison-projection';
import { timelineProjection } from './timeline/timeline.projection';

/** The read model of the query service: projections that each own their tables, so their order does not matter. */
export const LEDGER_PROJECTIONS: readonly Projection[] = [timelineProjection, companyStatusProjection];

/** The projections a query service runs: the ledger's, and the test-only poison projection when a test names its file. */
export function servedProjections(env: NodeJS.ProcessEnv = process.env): readonly Projection[] {
  const poison = readSetting(TEST_POISON_SETTING, env);
  return poison ? [...LEDGER_PROJECTIONS, poisonTestProjection(poison)] : LEDGER_PROJECTIONS;
}
