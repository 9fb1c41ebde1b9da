import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authHeaders } from './bench-key';
import { processCpuMs } from './process-cpu';

/** What a wrk run of wrk-post-disclosures.lua printed, and the CPU wrk used. */
export interface WrkResult {
  requests: number;
  durationMs: number;
  non2xx: number;
  socketErrors: number;
  p50Ms: number;
  p99Ms: number;
  cpuMs: number;
}

export interface WrkPost {
  connections: number;
  seconds: number;
  companies: number;
  /** Makes this run's disclosure ids differ from every other run's (0-65535). */
  run: number;
  /** A folder where each wrk thread writes the ids the server acknowledged. */
  ackedDir?: string;
}

const THREADS = 2;
const POST_SCRIPT = join(__dirname, 'wrk-post-disclosures.lua');
const GET_SCRIPT = join(__dirname, 'wrk-get-paths.lua');

export const WRK_GENERATOR = 'wrk (C, 2 threads, a process of its own)';
export const AUTOCANNON_GENERATOR = 'autocannon (JavaScript, in the benchmark process)';
let wrkChosen: boolean | undefined;

/** wrk when Debian's package `wrk` is installed, unless BENCH_LOAD=autocannon; asked once, when a load first needs it. */
export function usesWrk(): boolean {
  return (wrkChosen ??= process.env.BENCH_LOAD !== 'autocannon' && spawnSync('wrk', ['--version']).error === undefined);
}

/** The load generator the benchmarks use, as their output names it. */
export function loadGenerator(): string {
  return usesWrk() ? WRK_GENERATOR : AUTOCANNON_GENERATOR;
}

/**
 * wrk, a load generator written in C, in a process of its own posting single disclosures: it uses a
 * fraction of the CPU autocannon (JavaScript, in the benchmark's process) needs per request, which
 * on a small machine leaves the server the cores the figure is about. `stop()` ends it early (SIGINT:
 * it still prints its figures).
 */
export function startWrk(baseUrl: string, load: WrkPost): { done: Promise<WrkResult>; stop: () => void } {
  return runWrk(baseUrl, POST_SCRIPT, load.connections, load.seconds, {
    COMPANIES: String(load.companies),
    RUN: String(load.run),
    AUTHORIZATION: authHeaders().authorization ?? '',
    ...(load.ackedDir ? { ACKED_DIR: load.ackedDir } : {}),
  });
}

/** wrk getting `paths` round-robin, each of its threads from its own place in the list. */
export async function wrkGets(baseUrl: string, paths: readonly string[], connections: number, seconds: number): Promise<WrkResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-wrk-'));
  try {
    writeFileSync(join(dir, 'paths'), paths.join('\n'));
    return await runWrk(baseUrl, GET_SCRIPT, connections, seconds, { PATHS_FILE: join(dir, 'paths') }).done;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runWrk(
  baseUrl: string,
  script: string,
  connections: number,
  seconds: number,
  env: Record<string, string>,
): { done: Promise<WrkResult>; stop: () => void } {
  const child = spawn('wrk', [`-t${THREADS}`, `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', script, baseUrl], {
    env: { ...process.env, THREADS: String(THREADS), WRK_SCRIPTS: __dirname, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  let cpuMs = 0;
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const sampleCpu = setInterval(() => (cpuMs = processCpuMs(child.pid) ?? cpuMs), 100);
  const done = new Promise<WrkResult>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      clearInterval(sampleCpu);
      const line = output.trim().split('\n').pop() ?? '';
      if (!line.startsWith('{')) return reject(new Error(`wrk exited with ${code} and printed:\n${output}`));
      const printed = JSON.parse(line) as { requests: number; durationUs: number; non2xx: number; socketErrors: number; p50Us: number; p99Us: number };
      resolve({
        requests: printed.requests,
        durationMs: printed.durationUs / 1000,
        non2xx: printed.non2xx,
        socketErrors: printed.socketErrors,
        p50Ms: printed.p50Us / 1000,
        p99Ms: printed.p99Us / 1000,
        cpuMs,
      });
    });
  });
  return { done, stop: () => child.kill('SIGINT') };
}
