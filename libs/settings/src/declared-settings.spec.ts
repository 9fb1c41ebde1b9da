import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { SETTINGS } from './declared-settings';

const OPERATIONS = path.join(__dirname, '../../../docs/operations.md');

/** The variables of the settings table in docs/operations.md, with their default column. */
function documentedSettings(): Map<string, string> {
  const rows = readFileSync(OPERATIONS, 'utf8').matchAll(/^\| `([A-Z_]+)` \| ([^|]*) \|/gm);
  return new Map([...rows].map(([, name, fallback]) => [name, fallback.trim()]));
}

describe('the one declaration of the settings', () => {
  const documented = documentedSettings();

  it.each(Object.keys(SETTINGS))('docs/operations.md lists %s', (name) => {
    expect(documented.has(name)).toBe(true);
  });

  it.each(Object.entries(SETTINGS).filter(([, spec]) => spec.default !== undefined && typeof spec.default !== 'object'))(
    'docs/operations.md gives the default of %s',
    (name, spec) => {
      expect(documented.get(name)).toBe(`\`${String(spec.default as string | number | boolean)}\``);
    },
  );

  it('documents no setting that is not declared', () => {
    expect([...documented.keys()].filter((name) => !(name in SETTINGS))).toEqual([]);
  });

  it('describes each setting', () => {
    for (const spec of Object.values(SETTINGS)) expect(spec.desc).toMatch(/\w/);
  });
});
