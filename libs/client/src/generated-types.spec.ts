import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

describe("the client's generated types", () => {
  it('are what openapi-typescript makes of the committed document (after an API change: npm run openapi)', () => {
    const cli = join(ROOT, 'node_modules/openapi-typescript/bin/cli.js');
    const generated = spawnSync(process.execPath, [cli, 'docs/openapi.json', '--empty-objects-unknown'], { cwd: ROOT, encoding: 'utf8' });
    expect(generated.status).toBe(0);
    expect(generated.stdout).toBe(readFileSync(join(__dirname, 'generated/ledger-api.ts'), 'utf8'));
  });
});
