import { Refusal, quote } from './config-error';

const POLICY_PART = /^([^:]+:)?(park|stop)$/;

/** A projection failure policy, then overrides by projection name: "park", "stop", "park,company-status:stop". */
export function failurePolicyList(text: string): string {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (!parts.every((part) => POLICY_PART.test(part))) {
    throw new Refusal(`must be "park" or "stop", optionally followed by overrides such as ",company-status:stop"; got ${quote(text)}`);
  }
  return text;
}
