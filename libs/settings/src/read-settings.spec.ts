import { ConfigError } from './config-error';
import { readSetting, readSettings } from './read-settings';

describe('readSettings', () => {
  it('gives the defaults for unset and blank variables', () => {
    expect(readSettings(['PORT', 'LOG_LEVEL', 'CORS_ORIGINS', 'LEDGER_API_KEY'], { PORT: '  ' })).toMatchObject({
      PORT: 3000,
      LOG_LEVEL: 'info',
      CORS_ORIGINS: [],
    });
    expect(readSetting('LEDGER_API_KEY', {})).toBeUndefined();
  });

  it('parses and trims what is set', () => {
    expect(
      readSettings(['PORT', 'HOST', 'LOG_LEVEL', 'CORS_ORIGINS'], {
        PORT: ' 8080 ',
        HOST: '[::1]',
        LOG_LEVEL: 'Debug',
        CORS_ORIGINS: 'https://a.org/, http://b:1',
      }),
    ).toMatchObject({
      PORT: 8080,
      HOST: '::1',
      LOG_LEVEL: 'debug',
      CORS_ORIGINS: ['https://a.org', 'http://b:1'],
    });
  });

  it.each([
    ['PORT', '65536'],
    ['HOST', 'not a host'],
    ['LEDGER_STORE', 'http://x'],
    ['LEDGER_READ_STORE', 'esdb://x'],
    ['LEDGER_READ_ACCESS', 'OPEN'],
    ['RATE_LIMIT_WINDOW_MS', '0'],
    ['LIVE_FLUSH_MS', '1e3'],
    ['CORS_ORIGINS', 'https://a.org/path'],
    ['PROJECTION_FAILURE_POLICY', 'park,:stop'],
    ['LEDGER_URL', 'ftp://x'],
  ] as const)('refuses %s=%j in one line naming it', (name, value) => {
    expect(() => readSetting(name, { [name]: value })).toThrow(ConfigError);
    expect(() => readSetting(name, { [name]: value })).toThrow(
      new RegExp(`^${name} must [^\\n]*${JSON.stringify(value).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`),
    );
  });

  it('neither reads nor checks a setting not asked for', () => {
    expect(readSettings(['PORT'], { HOST: 'not a host', PORT: '1' })).toMatchObject({ PORT: 1 });
  });
});
