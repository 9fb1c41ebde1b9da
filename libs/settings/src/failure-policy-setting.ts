import { Refusal, quote } from './config-error';

/**
 * What the projector does with an event a projection throws on. `park`: the projection skips it, and
 * the event is kept with its error in the parked-events table, to be replayed after a fix. `stop`: that
 * projection stops at the event (the others go on) until it is resumed.
 */
export type FailurePolicy = 'stop' | 'park';

/** PROJECTION_FAILURE_POLICY, parsed: the policy of every projection, and overrides by name. */
export interface FailurePolicies {
  all: FailurePolicy;
  byProjection: Record<string, FailurePolicy>;
}

export const DEFAULT_FAILURE_POLICIES: FailurePolicies = { all: 'park', byProjection: {} };

const POLICY_PART = /^(?:([^:]+):)?(park|stop)$/;

/** A projection failure policy, then overrides by projection name: "park", "stop", "park,company-status:stop". */
export function failurePolicyList(text: string): FailurePolicies {
  let all = DEFAULT_FAILURE_POLICIES.all;
  const overrides: [string, FailurePolicy][] = [];
  for (const part of text.split(',').map((item) => item.trim())) {
    if (part === '') continue;
    const match = POLICY_PART.exec(part);
    if (!match) throw new Refusal(`must be "park" or "stop", optionally followed by overrides such as ",company-status:stop"; got ${quote(text)}`);
    const [, name, policy] = match as unknown as [string, string | undefined, FailurePolicy];
    if (name === undefined) all = policy;
    else overrides.push([name, policy]);
  }
  return { all, byProjection: Object.fromEntries(overrides) };
}

/** The policy of the projection named. */
export function failurePolicyOf(policies: FailurePolicies, projection: string): FailurePolicy {
  return Object.hasOwn(policies.byProjection, projection) ? policies.byProjection[projection] : policies.all;
}
