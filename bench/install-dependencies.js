// The benchmarks' own dependencies (the peer event store, its sqlite3 driver, which compiles on install, and
// the HTTP load generator) live in bench/package.json, so that the ledger's own install never builds them.
// Installed here on the first benchmark run, exactly as bench/package-lock.json pins them.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const bench = __dirname;
const installed = path.join(bench, 'node_modules/.package-lock.json');

if (!fs.existsSync(installed)) {
  console.error("bench: installing the benchmarks' dependencies into bench/node_modules (npm ci; sqlite3 compiles, which takes a few minutes)...");
  const result = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: bench,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (result.error || result.status !== 0) {
    console.error(`bench: npm ci in bench/ failed (${result.error ? result.error.message : `exit code ${result.status}`}); see above.`);
    process.exit(1);
  }
  console.error('bench: dependencies installed.');
} else if (fs.statSync(installed).mtimeMs < fs.statSync(path.join(bench, 'package-lock.json')).mtimeMs) {
  console.error('bench: bench/package-lock.json changed since the last install; run `npm ci` in bench/ if a benchmark fails on a dependency');
}
