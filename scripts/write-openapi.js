// Writes docs/openapi.json from the document the built ledger serves at /docs-json, so that the committed
// file is the served one byte for byte (a test fails when they differ). Run through `npm run openapi`,
// which builds first; then regenerate the client's types with `npm run openapi:client`.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const target = path.join(root, 'docs/openapi.json');

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-openapi-'));
  const child = spawn(process.execPath, [path.join(root, 'dist/apps/standalone/src/main.js')], {
    cwd: dataDir,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LEDGER_STORE: path.join(dataDir, 'ledger.db') },
  });
  try {
    const baseUrl = await listening(child);
    const response = await fetch(`${baseUrl}/docs-json`);
    if (response.status !== 200) throw new Error(`/docs-json answered ${response.status}`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, `${JSON.stringify(await response.json(), null, 2)}\n`);
    console.log(`wrote ${path.relative(root, target)}`);
  } finally {
    child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function listening(child) {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the ledger exited with ${code} before listening:\n${output}`)));
  });
}

main().catch((error) => {
  console.error(`write-openapi: ${error.message}`);
  process.exit(1);
});
