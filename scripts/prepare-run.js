// Makes a fresh clone runnable: installs the locked dependencies when they are missing, then builds when
// dist/ is missing or older than any TypeScript source, so `npm start` always runs current code.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const entry = path.join(root, 'dist/apps/standalone/src/main.js');

function newestSource(dir) {
  let newest = 0;
  for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (item.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

if (!fs.existsSync(path.join(root, 'node_modules/.package-lock.json'))) {
  console.error('installing dependencies (npm ci)...');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
}

const sources = Math.max(newestSource(path.join(root, 'apps')), newestSource(path.join(root, 'libs')));
const built = fs.existsSync(entry) ? fs.statSync(entry).mtimeMs : 0;
if (built < sources) {
  console.error('building the ledger (dist/ is missing or stale)...');
  execFileSync(process.execPath, [path.join(root, 'node_modules/@nestjs/cli/bin/nest.js'), 'build'], { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
  fs.utimesSync(entry, new Date(), new Date());
}
