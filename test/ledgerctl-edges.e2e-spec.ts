import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttp2Server } from 'node:http2';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPANY, disclosure } from './fixtures/disclosures';
import { ENGLISH_ARTICLE } from './fixtures/articles';
import { LedgerProcess, REPO_ROOT } from './support/ledger-process';
import { freePort } from './support/free-port';

jest.setTimeout(120_000);

const CLI = join(REPO_ROOT, 'dist/apps/ledgerctl/src/main.js');
const STREAM = `company-${COMPANY.companyId}`;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The built ledgerctl as a real process, in `cwd`, with no $LEDGER_STORE unless given. */
function cli(args: string[], options: { cwd: string; input?: string | Buffer; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Run {
  const env = { ...process.env, ...options.env };
  if (!options.env?.LEDGER_STORE) delete env.LEDGER_STORE;
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    env,
    input: options.input,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A pipeline through bash, e.g. `ledgerctl read ... | head -1`: the exit code is ledgerctl's. */
function piped(command: string, env: NodeJS.ProcessEnv): Run {
  const result = spawnSync('bash', ['-c', `${command}; exit \${PIPESTATUS[0]}`], {
    env: { ...process.env, LEDGERCTL: CLI, NODE: process.execPath, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One line on stderr, naming what is wrong, and no stack frame. */
function expectOneLineError(run: Run, exitCode: number, ...mentions: string[]): void {
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: exitCode, stderr: expect.any(String) });
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  for (const mention of mentions) expect(run.stderr).toContain(mention);
}

describe('ledgerctl at its edges', () => {
  let dir: string;
  /** A store with the company and 400 disclosures, written by ledgerctl itself. */
  let store: string;
  let readStore: string;
  const storeBytes = () => readFileSync(store);
  const eventCount = () => cli(['read', STREAM, '--json', '--store', store], { cwd: dir }).stdout.trim().split('\n').filter(Boolean).length;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledgerctl-edges-'));
    store = join(dir, 'ledger.db');
    expect(cli(['register', '-', '--store', store], { cwd: dir, input: JSON.stringify(COMPANY) }).status).toBe(0);
    const many = {
      disclosures: Array.from({ length: 400 }, (_, index) =>
        disclosure('OtherDisclosure', { facts: { summary: `Disclosure number ${index} ${'of some length '.repeat(10)}` } }),
      ),
    };
    expect(cli(['append', COMPANY.companyId, '-', '--store', store], { cwd: dir, input: JSON.stringify(many) }).status).toBe(0);
    readStore = join(dir, 'read.db');
    const rebuilt = cli(['projections', 'rebuild', '--read-store', readStore, '--store', store], { cwd: dir });
    expect(rebuilt.status).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe('a store location that names no store (defect 1)', () => {
    const reading = (location: string): string[][] => [
      ['read', STREAM, '--store', location],
      ['audit', 'chain', '--store', location],
      ['projections', 'status', '--read-store', readStore, '--store', location],
      ['projections', 'verify', '--read-store', readStore, '--store', location],
      ['extract', '-', '--store', location],
      ['ingest', '-', '--company', COMPANY.companyId, '--store', location],
    ];

    it('is refused by every command that only reads, with exit 2, and nothing is created', () => {
      const missing = join(dir, 'typo', 'deeper', 'ledgr.db');
      for (const args of reading(missing)) {
        const run = cli(args, { cwd: dir, input: ENGLISH_ARTICLE });
        expectOneLineError(run, 2, `no ledger store at ${missing}`);
      }
      expect(existsSync(join(dir, 'typo'))).toBe(false);
    });

    it('refuses an address that is not an EventStoreDB connection string, without creating a folder "http:"', () => {
      const cwd = mkdtempSync(join(dir, 'cwd-'));
      for (const args of [...reading('http://localhost:2113'), ['register', '-', '--store', 'http://localhost:2113']]) {
        expectOneLineError(
          cli(args, { cwd, input: JSON.stringify(COMPANY) }),
          2,
          '--store must be a SQLite file path or an EventStoreDB connection string',
          'got "http://localhost:2113"',
        );
      }
      expect(readdirSync(cwd)).toEqual([]);
    });

    it('leaves a SQLite file that is not a ledger (a read model) exactly as it was', () => {
      const copy = join(dir, 'read-model-copy.db');
      copyFileSync(join(dir, readFileSync(`${readStore}.current`, 'utf8').trim()), copy);
      const before = readFileSync(copy);
      for (const args of reading(copy))
        expectOneLineError(cli(args, { cwd: dir, input: ENGLISH_ARTICLE }), 2, `${copy} is not a ledger store: it has no events table`);
      expect(readFileSync(copy).equals(before)).toBe(true);
      expect(readdirSync(dir).filter((name) => name.startsWith('read-model-copy.db'))).toEqual(['read-model-copy.db']);
    });

    it('still lets the commands that record create a new store, as the servers do', () => {
      const fresh = join(dir, 'fresh', 'ledger.db');
      expect(cli(['register', '-', '--store', fresh], { cwd: dir, input: JSON.stringify(COMPANY) }).status).toBe(0);
      expect(cli(['read', STREAM, '--store', fresh], { cwd: dir }).status).toBe(0);
    });

    it('reads a store without leaving anything beside it', () => {
      const copyDir = mkdtempSync(join(dir, 'clean-'));
      copyFileSync(store, join(copyDir, 'ledger.db'));
      expect(cli(['audit', 'chain', '--store', join(copyDir, 'ledger.db')], { cwd: dir }).status).toBe(0);
      expect(readdirSync(copyDir)).toEqual(['ledger.db']);
    });
  });

  describe('files and servers that are not a store (defects 2 and 10)', () => {
    it('names a file that is not SQLite, a damaged store and a folder, with exit 2 and no stack', () => {
      const junk = join(dir, 'junk.db');
      writeFileSync(junk, 'hello\n');
      const truncated = join(dir, 'truncated.db');
      writeFileSync(truncated, storeBytes().subarray(0, 60_000));
      expectOneLineError(cli(['read', 'x', '--store', junk], { cwd: dir }), 2, `${junk} is not a ledger store: it is not a SQLite database`);
      expectOneLineError(cli(['audit', 'chain', '--store', truncated], { cwd: dir }), 2, `${truncated} is damaged`);
      for (const command of [
        ['read', 'x'],
        ['register', '-'],
      ]) {
        expectOneLineError(cli([...command, '--store', dir], { cwd: dir, input: JSON.stringify(COMPANY) }), 2, `${dir} is a folder`);
      }
      expect(readFileSync(junk, 'utf8')).toBe('hello\n');
    });

    it('names a path it cannot use', () => {
      const aFile = join(dir, 'plain-file');
      writeFileSync(aFile, 'x');
      expectOneLineError(cli(['register', '-', '--store', join(aFile, 'sub', 'ledger.db')], { cwd: dir, input: JSON.stringify(COMPANY) }), 2, 'ENOTDIR');
    });

    it('refuses malformed EventStoreDB connection strings with exit 2', () => {
      for (const location of ['esdb://', 'esdb://[bad']) expectOneLineError(cli(['read', 'x', '--store', location], { cwd: dir }), 2);
      expect(cli(['read', 'x', '--store', 'esdb://[bad'], { cwd: dir }).stderr).toContain('Unexpected "["');
    });

    it('says when the server is not EventStoreDB (a gRPC server that answers UNIMPLEMENTED)', async () => {
      const server = createHttp2Server().on('stream', (stream) => {
        stream.respond({ ':status': 200, 'content-type': 'application/grpc', 'grpc-status': '12' }, { endStream: true });
      });
      const port = await freePort();
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
      try {
        const run = await new Promise<Run>((resolve) => {
          const child = spawn(process.execPath, [CLI, 'read', 'x', '--store', `esdb://admin:secret@127.0.0.1:${port}?tls=false`]);
          let stdout = '';
          let stderr = '';
          child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
          child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
          child.on('exit', (status) => resolve({ status, stdout, stderr }));
        });
        expectOneLineError(run, 2, 'not an EventStoreDB server');
        expect(run.stderr).not.toContain('secret');
      } finally {
        server.close();
      }
    });

    it('names a read store that is junk, damaged, a folder or empty, for status and verify', () => {
      const live = join(dir, readFileSync(`${readStore}.current`, 'utf8').trim());
      const junk = join(dir, 'read-junk.db');
      writeFileSync(junk, 'not a database at all');
      const truncated = join(dir, 'read-truncated.db');
      writeFileSync(truncated, readFileSync(live).subarray(0, 100_000));
      const empty = join(dir, 'read-empty.db');
      writeFileSync(empty, '');
      const folder = join(dir, 'read-folder.db');
      mkdirSync(folder);
      const cases: [string, string][] = [
        [junk, 'not a SQLite database'],
        [truncated, 'damaged'],
        [empty, 'not a read store'],
        [folder, 'is a folder'],
      ];
      for (const [file, problem] of cases) {
        for (const command of ['status', 'verify']) {
          expectOneLineError(cli(['projections', command, '--read-store', file, '--store', store], { cwd: dir }), 2, file, problem);
        }
      }
      expect(readFileSync(empty).length).toBe(0);
    });
  });

  describe('a reader that goes away (defect 3)', () => {
    const env = () => ({ STORE: store, STREAM });

    it('ends read, read --json and append quietly when the pipe closes', () => {
      for (const command of [
        '"$NODE" "$LEDGERCTL" read "$STREAM" --max 1000 --store "$STORE" | head -1 > /dev/null',
        '"$NODE" "$LEDGERCTL" read "$STREAM" --json --store "$STORE" | head -1 > /dev/null',
      ]) {
        const run = piped(command, env());
        expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
      }
      const batch = join(dir, 'big-batch.json');
      writeFileSync(
        batch,
        JSON.stringify({
          disclosures: Array.from({ length: 300 }, (_, index) => disclosure('OtherDisclosure', { facts: { summary: `Batch item ${index}` } })),
        }),
      );
      const before = eventCount();
      const run = piped(`"$NODE" "$LEDGERCTL" append ${COMPANY.companyId} "${batch}" --store "$STORE" | head -c 200 > /dev/null`, env());
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
      expect(eventCount()).toBe(before + 300);
    });

    it('ends tail quietly when the pipe closes', async () => {
      const ledger = await LedgerProcess.start({ env: { LEDGER_STORE: store, PORT: String(await freePort()) } });
      try {
        const run = piped('"$NODE" "$LEDGERCTL" tail --url "$URL" --from start --json | head -1 > /dev/null', { URL: ledger.baseUrl });
        expect(run.status).toBe(0);
        expect(run.stderr).not.toMatch(/EPIPE|Error|^\s+at /m);
      } finally {
        await ledger.dispose();
      }
    });
  });

  describe('arguments beyond those a command takes (defect 4)', () => {
    it('are a usage error, exit 2, and nothing is recorded', () => {
      const file = join(dir, 'one.json');
      writeFileSync(file, JSON.stringify(disclosure('OtherDisclosure')));
      const companyFile = join(dir, 'company.json');
      writeFileSync(companyFile, JSON.stringify({ companyId: 'extra-co', name: 'Extra plc' }));
      const before = storeBytes();
      for (const args of [
        ['append', COMPANY.companyId, file, 'extra', '--store', store],
        ['register', companyFile, 'extra', 'junk', '--store', store],
        ['read', STREAM, 'extra', '--store', store],
        ['tail', 'extra'],
        ['audit', 'chain', 'extra', '--store', store],
      ]) {
        const run = cli(args, { cwd: dir, timeoutMs: 10_000 });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('too many arguments');
      }
      expect(storeBytes().equals(before)).toBe(true);
      expect(cli(['read', 'company-extra-co', '--store', store], { cwd: dir }).stderr).toContain('no events');
    });
  });

  const asNobody = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0;
  (asNobody ? describe : describe.skip)('a store the user may not write (defect 5)', () => {
    const nobody = (args: string[], input?: string): Run => {
      const result = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, CLI, ...args], {
        input,
        encoding: 'utf8',
        timeout: 30_000,
      });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    };
    let shared: string;
    beforeAll(() => {
      shared = mkdtempSync(join(tmpdir(), 'ledgerctl-readonly-'));
      chmodSync(shared, 0o755);
    });
    afterAll(() => rmSync(shared, { recursive: true, force: true }));

    it('reads and audits a read-only file in a folder it may write', () => {
      const folder = join(shared, 'writable');
      mkdirSync(folder);
      chownSync(folder, 65534, 65534);
      const file = join(folder, 'ledger.db');
      copyFileSync(store, file);
      chmodSync(file, 0o444);
      const read = nobody(['read', STREAM, '--max', '1', '--store', file]);
      expect({ status: read.status, stderr: read.stderr }).toEqual({ status: 0, stderr: '' });
      expect(read.stdout).toContain('CompanyRegistered');
      expect(nobody(['audit', 'chain', '--store', file]).status).toBe(0);
    });

    it('says, without suggesting a retry, why a file in a folder it may not write cannot be read', () => {
      const folder = join(shared, 'locked');
      mkdirSync(folder);
      const file = join(folder, 'ledger.db');
      copyFileSync(store, file);
      chmodSync(file, 0o644);
      expectOneLineError(nobody(['read', STREAM, '--store', file]), 2, file, 'not writable');
      expectOneLineError(
        nobody(['register', '-', '--store', join(folder, 'other.db')], JSON.stringify(COMPANY)),
        2,
        'cannot be created: its folder is not writable',
      );
      expect(readdirSync(folder)).toEqual(['ledger.db']);
    });
  });

  describe('input that is not UTF-8 text (defect 6)', () => {
    it('is refused for articles and JSON documents, with exit 2, and nothing is recorded', () => {
      const latin1 = join(dir, 'latin1.txt');
      writeFileSync(latin1, Buffer.from('annonc\xe9 \xe0 Paris par CVS Group plc', 'latin1'));
      const binary = join(dir, 'binary.bin');
      writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 256)));
      const before = storeBytes();
      expectOneLineError(cli(['ingest', latin1, '--company', COMPANY.companyId, '--commit', '--store', store], { cwd: dir }), 2, `${latin1} is not UTF-8 text`);
      expectOneLineError(cli(['extract', binary], { cwd: dir }), 2, `${binary} is not UTF-8 text`);
      const company = Buffer.from('{"companyId":"caf\xe9-co","name":"Caf\xe9 plc"}', 'latin1');
      expectOneLineError(cli(['register', '-', '--store', store], { cwd: dir, input: company }), 2, 'standard input is not UTF-8 text');
      expect(storeBytes().equals(before)).toBe(true);
    });
  });

  describe('input over the limits of the HTTP API (defect 7)', () => {
    it('refuses a JSON document over 1 MiB, from a file or standard input, and records nothing', () => {
      const big = JSON.stringify(disclosure('OtherDisclosure', { facts: { summary: 'x'.repeat(2 * 1024 * 1024) } }));
      const file = join(dir, 'big.json');
      writeFileSync(file, big);
      const before = eventCount();
      expectOneLineError(cli(['append', COMPANY.companyId, file, '--store', store], { cwd: dir }), 2, file, '1 MiB');
      expectOneLineError(cli(['append', COMPANY.companyId, '-', '--store', store], { cwd: dir, input: big }), 2, 'standard input', '1 MiB');
      expect(eventCount()).toBe(before);
    });

    it('refuses an article over 200,000 characters', () => {
      expectOneLineError(cli(['extract', '-'], { cwd: dir, input: 'word '.repeat(50_000) }), 2, 'the limit is 200000');
      expectOneLineError(cli(['extract', '-'], { cwd: dir, input: 'é'.repeat(1_000_000) }), 2, 'limit of 200000 characters');
    });
  });

  describe('usage (defects 8, 9 and 10)', () => {
    it('refuses a tail URL that is not http or https at once, exit 2', () => {
      for (const url of ['not a url', 'ftp://x']) expectOneLineError(cli(['tail', '--url', url], { cwd: dir, timeoutMs: 10_000 }), 2, url);
      expectOneLineError(cli(['tail'], { cwd: dir, env: { LEDGER_URL: 'ftp://y' }, timeoutMs: 10_000 }), 2, '$LEDGER_URL');
    });

    it('names an unknown command given to help', () => {
      const run = cli(['help', 'bogus'], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("unknown command 'bogus'");
      const known = cli(['help', 'audit', 'chain'], { cwd: dir });
      expect(known.status).toBe(0);
      expect(known.stdout).toContain('Usage: ledgerctl audit chain');
    });

    it('shows the tail URL default once, and read --json help lists what it prints', () => {
      const tailHelp = cli(['tail', '--help'], { cwd: dir }).stdout.replace(/\s+/g, ' ');
      expect(tailHelp).toContain('(default: $LEDGER_URL or http://localhost:3000)');
      expect(tailHelp).not.toContain('(default: "http');
      const readHelp = cli(['read', '--help'], { cwd: dir }).stdout.replace(/\s+/g, ' ');
      const [line] = cli(['read', STREAM, '--json', '--max', '1', '--store', store], { cwd: dir }).stdout.split('\n');
      const keys = Object.keys(JSON.parse(line));
      expect(keys.sort()).toEqual(['data', 'id', 'metadata', 'position', 'revision', 'streamId', 'type']);
      for (const key of keys) expect(readHelp).toContain(key);
    });
  });
});
