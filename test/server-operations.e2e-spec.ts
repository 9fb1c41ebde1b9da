import { ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { ClientRequest, IncomingMessage, request as httpRequest } from 'node:http';
import { AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPANY } from './fixtures/disclosures';
import { adminKeyFileFor, rememberAdminKey, withAdminKey } from './support/api-keys';
import { REPO_ROOT } from './support/ledger-process';

jest.setTimeout(120_000);

type App = 'standalone' | 'ledger-api' | 'query-api';
const NAMES: Record<App, string> = { standalone: 'ledger', 'ledger-api': 'ledger-api', 'query-api': 'query-api' };
const entry = (app: App) => join(REPO_ROOT, `dist/apps/${app}/src/main.js`);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-ops-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function baseEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    LEDGER_STORE: join(dir, 'ok', 'ledger.db'),
    LEDGER_READ_STORE: join(dir, 'ok', 'read.db'),
  };
  for (const key of ['LIVE_HEARTBEAT_MS', 'LIVE_CLIENT_BUFFER', 'LIVE_FLUSH_MS']) delete env[key];
  return { ...env, ...extra };
}

/**
 * Starts an app that is expected not to start: its exit code and output, or a timeout (status null). The
 * timeout only ends a server that did start; it is long because a busy machine loads the app slowly.
 */
function startFailing(app: App, env: NodeJS.ProcessEnv) {
  const run = spawnSync(process.execPath, [entry(app)], { cwd: dir, env: baseEnv(env), encoding: 'utf8', timeout: 40_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function expectOneLineRefusal(run: ReturnType<typeof startFailing>, app: App, ...mentions: string[]): void {
  expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 1, stdout: '' });
  expect(run.stderr).not.toMatch(/^\s+at /m);
  const lines = run.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^${NAMES[app]} could not start: `));
  for (const mention of mentions) expect(lines[0]).toContain(mention);
}

/** A server started as a real process, with its output kept. */
class Server {
  output = '';
  baseUrl = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(readonly child: ChildProcessWithoutNullStreams) {
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    const keep = (chunk: Buffer) => (this.output += chunk.toString());
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
  }

  static async start(app: App, env: NodeJS.ProcessEnv = {}): Promise<Server> {
    const server = new Server(spawn(process.execPath, [entry(app)], { cwd: dir, env: baseEnv(env) }));
    const started = Date.now();
    while (!/listening on (http:\/\/\S+)/.test(server.output)) {
      if (server.child.exitCode !== null || Date.now() - started > 20_000) throw new Error(`${app} did not start:\n${server.output}`);
      await sleep(20);
    }
    server.baseUrl = /listening on (http:\/\/\S+)/.exec(server.output)![1].replace('localhost', '127.0.0.1');
    rememberAdminKey(server.baseUrl, adminKeyFileFor(baseEnv(env)));
    return server;
  }

  get port(): number {
    return Number(new URL(this.baseUrl).port);
  }

  /** Sends `signal` and waits for the exit. */
  stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    this.child.kill(signal);
    return this.exited;
  }

  /** Resolves once the output contains `text`; fails if the process exits first. */
  async printed(text: string): Promise<void> {
    while (!this.output.includes(text)) {
      if (this.child.exitCode !== null) throw new Error(`exited before printing "${text}":\n${this.output}`);
      await sleep(20);
    }
  }

  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * A POST whose body is sent in two parts: the request is in progress until `finish` is called. `received`
 * resolves once the server has the request: it answers `Expect: 100-continue` when it has read the headers.
 */
function slowPost(baseUrl: string, path: string, body: unknown) {
  const bytes = Buffer.from(JSON.stringify(body));
  const url = new URL(path, baseUrl);
  let req!: ClientRequest;
  const answered = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent: false,
        headers: withAdminKey(url.href, { 'content-type': 'application/json', 'content-length': String(bytes.length), expect: '100-continue' }),
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
        response.on('error', reject);
      },
    );
    req.on('error', reject);
  });
  const received = new Promise<void>((resolve) => req.once('continue', () => req.write(bytes.subarray(0, 10), () => resolve())));
  req.flushHeaders();
  return { answered, received, finish: () => req.end(bytes.subarray(10)) };
}

function connectionRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/health/live', agent: false }, (response) => {
      response.resume();
      resolve(false);
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
    req.end();
  });
}

/** Whether connections are refused within `ms`: a loaded machine may take a moment to close the listener. */
async function refusedWithin(port: number, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await sleep(50)) if (await connectionRefused(port)) return true;
  return connectionRefused(port);
}

describe('a server refuses a malformed setting in one line, at once', () => {
  const notSqlite = () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'not a database, just text\n');
    return file;
  };
  const aFile = () => {
    const file = join(dir, 'plain-file');
    writeFileSync(file, '');
    return file;
  };

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '0x10'],
    ['PORT', '1e3'],
    ['HOST', 'not a host'],
    ['HOST', '999.1.1.1'],
    ['LIVE_CLIENT_BUFFER', '-1'],
    ['LIVE_CLIENT_BUFFER', 'abc'],
    ['LIVE_HEARTBEAT_MS', '0'],
    ['LIVE_HEARTBEAT_MS', '1e99'],
    ['LIVE_FLUSH_MS', '-5'],
    ['LEDGER_STORE', 'http://localhost:2113'],
    ['LEDGER_STORE', 'esdb://:::bad'],
    ['LEDGER_STORE', 'esdb://'],
    ['LEDGER_STORE', 'esdb://localhost:2113?tsl=false'],
    ['LEDGER_DECISION_INDEX', 'http://localhost/decisions.db'],
  ])('%s=%j', (name, value) => {
    expectOneLineRefusal(startFailing('standalone', { [name]: value }), 'standalone', `${name} must`);
  });

  it('LEDGER_STORE, LEDGER_READ_STORE or LEDGER_DECISION_INDEX that is a folder, or a file that is not SQLite', () => {
    for (const name of ['LEDGER_STORE', 'LEDGER_READ_STORE', 'LEDGER_DECISION_INDEX']) {
      expectOneLineRefusal(startFailing('standalone', { [name]: dir }), 'standalone', name, `${dir} is a folder`);
      const file = notSqlite();
      expectOneLineRefusal(startFailing('standalone', { [name]: file }), 'standalone', name, `${file} is not a SQLite database`);
    }
  });

  it('LEDGER_STORE, LEDGER_READ_STORE or LEDGER_DECISION_INDEX in a folder that cannot be created', () => {
    const file = aFile();
    for (const name of ['LEDGER_STORE', 'LEDGER_READ_STORE', 'LEDGER_DECISION_INDEX']) {
      expectOneLineRefusal(startFailing('standalone', { [name]: join(file, 'sub', 'x.db') }), 'standalone', name, 'not a folder');
    }
  });

  (existsSync('/proc/self') ? it : it.skip)('a folder under /proc, which Node would try to create forever, is refused at once', () => {
    expectOneLineRefusal(
      startFailing('standalone', { LEDGER_STORE: '/proc/no-such-dir/ledger.db' }),
      'standalone',
      'LEDGER_STORE',
      '/proc/no-such-dir cannot be created',
    );
  });

  it('the query-api checks its settings too; the ledger-api ignores the read store and live settings it does not use', async () => {
    expectOneLineRefusal(startFailing('query-api', { LIVE_CLIENT_BUFFER: 'abc' }), 'query-api', 'LIVE_CLIENT_BUFFER');
    expectOneLineRefusal(startFailing('query-api', { LEDGER_READ_STORE: notSqlite() }), 'query-api', 'LEDGER_READ_STORE');
    expectOneLineRefusal(startFailing('ledger-api', { PORT: 'abc' }), 'ledger-api', 'PORT');
    const server = await Server.start('ledger-api', { LEDGER_READ_STORE: notSqlite(), LIVE_CLIENT_BUFFER: 'abc' });
    try {
      expect((await fetch(`${server.baseUrl}/health/live`)).status).toBe(200);
    } finally {
      server.kill();
    }
  });
});

describe('a port already in use', () => {
  it.each(['standalone', 'ledger-api', 'query-api'] as App[])('%s says so in one line naming the port, exit code 1', async (app) => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      expectOneLineRefusal(startFailing(app, { PORT: String(port) }), app, `port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });
});

describe('what a server says when it starts', () => {
  it.each([
    ['standalone', true],
    ['query-api', true],
    ['ledger-api', false],
  ] as [App, boolean][])('%s names its address, its store and (when it has one) its read store', async (app, hasReadStore) => {
    const store = join(dir, `says-${app}`, 'ledger.db');
    const readStore = join(dir, `says-${app}`, 'read.db');
    const server = await Server.start(app, { LEDGER_STORE: store, LEDGER_READ_STORE: readStore });
    try {
      const line = server.output.split('\n').find((text) => text.includes('listening on'))!;
      expect(line).toMatch(new RegExp(`^${NAMES[app]} listening on http://127\\.0\\.0\\.1:\\d+ `));
      expect(line).toContain(`store: SQLite ${store}`);
      if (hasReadStore) expect(line).toContain(`read store: SQLite ${readStore}`);
      else expect(line).not.toContain('read store');
    } finally {
      server.kill();
    }
  });
});

describe('stopping a server with a signal', () => {
  it.each([
    ['standalone', 'SIGTERM'],
    ['standalone', 'SIGINT'],
    ['ledger-api', 'SIGTERM'],
    ['query-api', 'SIGINT'],
  ] as [App, NodeJS.Signals][])('%s on %s exits with code 0 within a few seconds', async (app, signal) => {
    const server = await Server.start(app, {
      LEDGER_STORE: join(dir, `stop-${app}-${signal}`, 'ledger.db'),
      LEDGER_READ_STORE: join(dir, `stop-${app}-${signal}`, 'read.db'),
    });
    const exit = await server.stop(signal);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(server.output).toContain(`${NAMES[app]} stopped`);
    expect(server.output).not.toMatch(/^\s+at /m);
  });

  it('stops accepting, answers a write in progress, ends a live stream cleanly, and keeps the write', async () => {
    const store = join(dir, 'graceful', 'ledger.db');
    const env = { LEDGER_STORE: store, LEDGER_READ_STORE: join(dir, 'graceful', 'read.db') };
    const server = await Server.start('standalone', env);
    try {
      const stream = await new Promise<IncomingMessage>((resolve, reject) =>
        httpRequest(`${server.baseUrl}/v1/streams/all`, { agent: false }, resolve).on('error', reject).end(),
      );
      const streamEnd = new Promise<string>((resolve) => {
        stream.on('end', () => resolve('end'));
        stream.on('aborted', () => resolve('aborted'));
        stream.on('error', () => resolve('error'));
        stream.resume();
      });
      const write = slowPost(server.baseUrl, '/v1/companies', COMPANY);
      await write.received;
      server.child.kill('SIGTERM');
      expect(await refusedWithin(server.port, 3_000)).toBe(true);
      write.finish();
      const answer = await write.answered;
      expect(answer.status).toBe(201);
      expect(await streamEnd).toBe('end');
      const exit = await server.exited;
      expect(exit).toEqual({ code: 0, signal: null });
    } finally {
      server.kill();
    }
    const again = await Server.start('standalone', env);
    try {
      const registered = await fetch(`${again.baseUrl}/v1/companies`, {
        method: 'POST',
        headers: withAdminKey(again.baseUrl, { 'content-type': 'application/json' }),
        body: JSON.stringify(COMPANY),
      });
      expect(registered.status).toBe(409);
    } finally {
      again.kill();
    }
  });

  it('a second signal during the shutdown ends the process at once', async () => {
    const server = await Server.start('standalone', { LEDGER_STORE: join(dir, 'twice', 'ledger.db'), LEDGER_READ_STORE: join(dir, 'twice', 'read.db') });
    try {
      // A request whose body never completes keeps the first shutdown waiting.
      const stuck = slowPost(server.baseUrl, '/v1/companies', COMPANY);
      stuck.answered.catch(() => undefined);
      await stuck.received;
      server.child.kill('SIGTERM');
      await server.printed('ledger stopping (SIGTERM)');
      expect(server.child.exitCode).toBeNull();
      const exit = await server.stop('SIGINT');
      expect(exit.code).toBe(130);
      expect(server.output).toContain('received SIGINT again');
      // At once: not after the first shutdown gave up waiting for the stuck request.
      expect(server.output).not.toContain('still unanswered');
      expect(server.output).not.toContain('ledger stopped');
    } finally {
      server.kill();
    }
  });

  it('a request that never completes delays the shutdown only a few seconds', async () => {
    const server = await Server.start('standalone', { LEDGER_STORE: join(dir, 'stuck', 'ledger.db'), LEDGER_READ_STORE: join(dir, 'stuck', 'read.db') });
    try {
      const stuck = slowPost(server.baseUrl, '/v1/companies', COMPANY);
      stuck.answered.catch(() => undefined);
      await stuck.received;
      const exit = await server.stop('SIGTERM');
      expect(exit).toEqual({ code: 0, signal: null });
      // Stopped by giving up on it: its connection closed unanswered, then a clean exit.
      expect(server.output).toContain('1 request(s) still unanswered after 5 s, their connections closed');
      await expect(stuck.answered).rejects.toThrow();
      expect(server.output).toContain('ledger stopped');
    } finally {
      server.kill();
    }
  });
});

describe('npm start on a build that fails', () => {
  it('says so in one line and exits 1, again on the next run, never starting the half-built code', () => {
    const copy = join(dir, 'clone');
    mkdirSync(copy);
    for (const item of ['apps', 'libs', 'scripts', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'nest-cli.json']) {
      cpSync(join(REPO_ROOT, item), join(copy, item), { recursive: true, preserveTimestamps: true });
    }
    // The installed dependencies, shared: prepare-run installs only when they are missing, never here.
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    expect(existsSync(join(copy, 'node_modules/.package-lock.json'))).toBe(true);
    const broken = join(copy, 'apps/standalone/src/main.ts');
    writeFileSync(broken, `${readFileSync(broken, 'utf8')}\nconst broken: number = 'not a number';\nexport { broken };\n`);
    for (let attempt = 1; attempt <= 2; attempt++) {
      const run = spawnSync(process.execPath, ['scripts/prepare-run.js'], { cwd: copy, encoding: 'utf8', timeout: 100_000 });
      expect(run.status).toBe(1);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(run.stderr).toMatch(/^prepare-run: the build \(nest build\)\.\.\.$/m);
      expect(run.stderr.trim().split('\n').pop()).toMatch(/^prepare-run: the build \(nest build\) failed with exit code 1 .*nothing was started/);
    }
  });
});
