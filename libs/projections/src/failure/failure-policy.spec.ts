import { parseFailurePolicies } from './failure-policy';

describe('PROJECTION_FAILURE_POLICY', () => {
  it('parks by default, takes one policy for all, and overrides by projection', () => {
    expect(parseFailurePolicies(undefined)('company-status')).toBe('park');
    expect(parseFailurePolicies('stop')('company-status')).toBe('stop');
    const mixed = parseFailurePolicies('park, company-status:stop');
    expect([mixed('company-status'), mixed('company-timeline')]).toEqual(['stop', 'park']);
  });

  it.each(['halt', 'company-status:', ':stop', 'park,stop:x'])('refuses %j, naming the setting', (text) => {
    expect(() => parseFailurePolicies(text)).toThrow(/PROJECTION_FAILURE_POLICY/);
  });
});
