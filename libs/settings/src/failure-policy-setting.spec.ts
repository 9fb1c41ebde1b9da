import { ConfigError } from './config-error';
import { failurePolicyOf } from './failure-policy-setting';
import { readSetting } from './read-settings';

const policies = (text?: string) => readSetting('PROJECTION_FAILURE_POLICY', text === undefined ? {} : { PROJECTION_FAILURE_POLICY: text });

describe('PROJECTION_FAILURE_POLICY', () => {
  it('parks by default, takes one policy for all, and overrides by projection', () => {
    expect(failurePolicyOf(policies(), 'company-status')).toBe('park');
    expect(failurePolicyOf(policies('stop'), 'company-status')).toBe('stop');
    const mixed = policies('park, company-status:stop');
    expect([failurePolicyOf(mixed, 'company-status'), failurePolicyOf(mixed, 'company-timeline')]).toEqual(['stop', 'park']);
    expect(failurePolicyOf(mixed, 'constructor')).toBe('park');
  });

  it.each(['halt', 'company-status:', ':stop', 'park,stop:x'])('refuses %j, naming the setting', (text) => {
    expect(() => policies(text)).toThrow(ConfigError);
    expect(() => policies(text)).toThrow(/^PROJECTION_FAILURE_POLICY must/);
  });
});
