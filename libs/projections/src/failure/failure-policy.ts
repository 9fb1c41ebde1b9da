/**
 * What the projector does with an event a projection throws on. `park`: the projection skips it, and
 * the event is kept with its error in the parked-events table, to be replayed after a fix. `stop`: that
 * projection stops at the event (the others go on) until it is resumed.
 */
export type FailurePolicy = 'stop' | 'park';

/** The policy of each projection by name. */
export type FailurePolicies = (projection: string) => FailurePolicy;

export const DEFAULT_FAILURE_POLICY: FailurePolicy = 'park';

export const FAILURE_POLICY_SETTING = 'PROJECTION_FAILURE_POLICY';

/**
 * PROJECTION_FAILURE_POLICY: a policy for every projection, then overrides by name, comma-separated:
 * "park", "stop", "park,company-status:stop". Throws an error naming the setting for anything else.
 */
export function parseFailurePolicies(text: string | undefined): FailurePolicies {
  const byName = new Map<string, FailurePolicy>();
  let fallback = DEFAULT_FAILURE_POLICY;
  for (const part of (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)) {
    const [name, policy] = part.includes(':') ? part.split(':', 2) : [undefined, part];
    if (!isFailurePolicy(policy) || name === '')
      throw new Error(
        `${FAILURE_POLICY_SETTING} must be "park" or "stop", optionally followed by overrides such as ",company-status:stop"; got ${JSON.stringify(text)}`,
      );
    if (name === undefined) fallback = policy;
    else byName.set(name, policy);
  }
  return (projection) => byName.get(projection) ?? fallback;
}

function isFailurePolicy(text: string): text is FailurePolicy {
  return text === 'park' || text === 'stop';
}
