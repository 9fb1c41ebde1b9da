import { ConfigError, DEFAULT_READY_MAX_LAG_EVENTS, loadConfig } from './ledger-config';

describe('the settings of operations', () => {
  it('defaults: info logs, the default lag bound, no store quota', () => {
    expect(loadConfig({})).toMatchObject({ logLevel: 'info', readyMaxLagEvents: DEFAULT_READY_MAX_LAG_EVENTS });
    expect(loadConfig({}).storeMaxPages).toBeUndefined();
  });

  it('reads LOG_LEVEL in any case, READY_MAX_LAG_EVENTS and LEDGER_STORE_MAX_PAGES', () => {
    expect(loadConfig({ LOG_LEVEL: 'WARN', READY_MAX_LAG_EVENTS: '0', LEDGER_STORE_MAX_PAGES: '40' })).toMatchObject({
      logLevel: 'warn',
      readyMaxLagEvents: 0,
      storeMaxPages: 40,
    });
  });

  it.each([
    ['LOG_LEVEL', 'loud'],
    ['READY_MAX_LAG_EVENTS', '-1'],
    ['READY_MAX_LAG_EVENTS', '1e4'],
    ['LEDGER_STORE_MAX_PAGES', '0'],
    ['LEDGER_STORE_MAX_PAGES', 'lots'],
  ])('refuses %s=%j in a message naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^${name} must`));
  });
});
