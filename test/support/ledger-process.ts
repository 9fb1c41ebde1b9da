import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { adminKeyFileFor, adminKeyFor, rememberAdminKey } from './api-keys';

export const REPO_ROOT = resolve(__dirname, '../..');

/** A ledger app started as a real process on a free port, with its store in a temp folder. */
export class LedgerProcess {
  private child?: ChildProcessWithoutNullStreams;
  output = '';
  baseUrl = '';

  private constructor(
    readonly dataDir: string,
    private readonly entry: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  static async start(options: { app?: string; env?: NodeJS.ProcessEnv } = {}): Promise<LedgerProcess> {
    const dataDir = mkdtempSync(join(tmpdir(), 'ledger-e2e-'));
    const entry = join(REPO_ROOT, `dist/apps/${options.app ?? 'standalone'}/src/main.js`);
    const env: NodeJS.ProcessEnv = { LEDGER_STORE: join(dataDir, 'ledger.db'), ...options.env };
    // An EventStoreDB store has no folder to keep the keys beside.
    if (/^(esdb|kurrent)/.test(String(env.LEDGER_STORE)) && env.LEDGER_KEYS_FILE === undefined) env.LEDGER_KEYS_FILE = join(dataDir, 'keys.json');
    const ledger = new LedgerProcess(dataDir, entry, env);
    await ledger.boot();
    return ledger;
  }

  get storeFile(): string {
    return String(this.env.LEDGER_STORE);
  }

  /** The secret of the admin key the first start made (beside the keys file). */
  get adminKey(): string {
    const key = adminKeyFor(this.baseUrl);
    if (key === undefined) throw new Error(`no admin key at ${adminKeyFileFor(this.env)}`);
    return key;
  }

  /** Spawns the app and resolves once it prints where it listens. */
  async boot(): Promise<void> {
    const child = spawn(process.execPath, [this.entry], {
      cwd: this.dataDir,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...this.env },
    });
    this.child = child;
    this.output = '';
    await new Promise<void>((resolveStarted, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "listening" line within 20 s:\n${this.output}`)), 20_000);
      const onData = (chunk: Buffer) => {
        this.output += chunk.toString();
        const match = /listening on (http:\/\/[^\s]+)/.exec(this.output);
        if (match) {
          clearTimeout(timer);
          this.baseUrl = match[1].replace('localhost', '127.0.0.1');
          rememberAdminKey(this.baseUrl, adminKeyFileFor(this.env));
          resolveStarted();
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`exited with ${code} before listening:\n${this.output}`));
      });
    });
  }

  /** Stops the process with `signal` and waits for it to exit. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill(signal);
    return exited;
  }

  async restart(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    await this.stop(signal);
    await this.boot();
  }

  async dispose(): Promise<void> {
    await this.stop('SIGKILL');
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
