// Makes a fresh clone runnable: installs the locked dependencies when they are missing (and says when the
// lock file changed since), then builds when dist/ is missing or older than any source or build setting, so that
// `npm start` always runs current code. A failed install or build says so in one line and exits 1: an
// old or half-written build is never started (dist/ counts as built only once a build has succeeded).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const ENTRIES = [
  ...['standalone', 'ledger-api', 'query-api', 'ledgerctl'].map((app) => path.join(root, `dist/apps/${app}/src/main.js`)),
  path.join(root, 'dist/explorer/index.html'),
];
/** Written after a successful build only, and removed before one starts. */
const STAMP = path.join(root, 'dist/.build-complete');
const BUILD_SETTINGS = ['tsconfig.json', 'tsconfig.build.json', 'nest-cli.json', 'package-lock.json'];
/** The servers' sources, and the explorer's (its page, styles and bundler settings). */
const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.json', '.css', '.html', '.mjs'];

function fail(message) {
  console.error(`prepare-run: ${message}`);
  process.exit(1);
}

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function newestSource(dir) {
  let newest = 0;
  for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (SOURCE_EXTENSIONS.some((extension) => item.name.endsWith(extension))) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

/** Runs a step with its output on stderr, saying when it starts and ends; a failure ends this script with one line naming the step. */
function run(step, command, args) {
  const startedAt = Date.now();
  console.error(`prepare-run: ${step}...`);
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
  if (result.error) fail(`${step} could not run: ${result.error.message}`);
  if (result.status !== 0) {
    const how = result.signal ? `was stopped by ${result.signal}` : `failed with exit code ${result.status}`;
    fail(`${step} ${how} (see above); nothing was started. Fix the errors and run the command again.`);
  }
  console.error(`prepare-run: ${step} done in ${seconds(startedAt)}`);
}

const installed = path.join(root, 'node_modules/.package-lock.json');
if (mtime(installed) === 0) {
  run('installing dependencies (npm ci)', process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ci', '--no-audit', '--no-fund']);
} else if (mtime(installed) < mtime(path.join(root, 'package-lock.json'))) {
  // Not reinstalled here: npm ci empties node_modules first, which may be shared (a link) or in use.
  console.error('prepare-run: package-lock.json changed since the last install; run `npm ci` if the build fails on a dependency');
}

const sources = Math.max(
  newestSource(path.join(root, 'apps')),
  newestSource(path.join(root, 'libs')),
  ...BUILD_SETTINGS.map((file) => mtime(path.join(root, file))),
);
const built = ENTRIES.every((entry) => fs.existsSync(entry)) ? mtime(STAMP) : 0;
if (built < sources) {
  console.error('prepare-run: dist/ is missing or older than the sources: building the ledger, then the explorer');
  fs.rmSync(STAMP, { force: true });
  const startedAt = Date.now();
  run('the build (nest build)', process.execPath, [path.join(root, 'node_modules/@nestjs/cli/bin/nest.js'), 'build']);
  run('the explorer build (vite build)', process.execPath, [
    path.join(root, 'node_modules/vite/bin/vite.js'),
    'build',
    '--config',
    'apps/explorer/vite.config.mjs',
  ]);
  const missing = ENTRIES.filter((entry) => mtime(entry) === 0);
  if (missing.length > 0) fail(`the build left no ${path.relative(root, missing[0])}; nothing was started.`);
  fs.mkdirSync(path.dirname(STAMP), { recursive: true });
  // Dated from the build's start: a source saved during the build makes the next run build again.
  fs.writeFileSync(STAMP, `${new Date(startedAt).toISOString()}\n`);
  fs.utimesSync(STAMP, new Date(startedAt), new Date(startedAt));
}
