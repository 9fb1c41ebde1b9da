import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { postLoadTest } from './autocannon-run';
import { disclosureBody, disclosuresPath } from './ledger-writes';
import { AUTOCANNON_GENERATOR, WRK_GENERATOR, startWrk, usesWrk } from './wrk-run';

/** One timed run of the load. */
export interface IngestRun {
  writes: number;
  elapsedMs: number;
  p50Ms: number;
  p99Ms: number;
  refused: number;
  /** CPU the load generator used, when it runs in a process of its own. */
  generatorCpuMs: number | null;
}

/** 64 connections posting single disclosures over the companies, each with an id of its own. */
export interface IngestLoad {
  readonly describe: string;
  run(seconds: number): Promise<IngestRun>;
  /** Loads the server until `count` more writes are acknowledged, then calls `kill`; waits for the load to end. */
  runUntilKilled(count: number, kill: () => void, isDead: () => boolean): Promise<void>;
  /** Every disclosure id the server acknowledged (201, or 200 for a retry), in every run. */
  acknowledged(): Set<string>;
}

/** wrk when it is installed (BENCH_LOAD=autocannon to compare), autocannon otherwise. */
export function ingestLoad(baseUrl: string, companyIds: readonly string[], connections: number, ackedDir: string): IngestLoad {
  return usesWrk() ? wrkLoad(baseUrl, companyIds.length, connections, ackedDir) : autocannonLoad(baseUrl, companyIds, connections);
}

function wrkLoad(baseUrl: string, companies: number, connections: number, ackedDir: string): IngestLoad {
  let runs = 0;
  /** The ids acknowledged to the runs whose files match (each wrk thread of each run writes acked-<run>-<thread>). */
  const ackedIds = (files: (name: string) => boolean = () => true) =>
    new Set(
      readdirSync(ackedDir)
        .filter(files)
        .flatMap((file) => readFileSync(join(ackedDir, file), 'utf8').split('\n').filter(Boolean)),
    );
  return {
    describe: WRK_GENERATOR,
    async run(seconds) {
      const result = await startWrk(baseUrl, { connections, seconds, companies, run: ++runs, ackedDir }).done;
      const failed = result.non2xx + result.socketErrors;
      return { ...result, writes: result.requests - failed, elapsedMs: result.durationMs, refused: failed, generatorCpuMs: result.cpuMs };
    },
    async runUntilKilled(count, kill, isDead) {
      const run = ++runs;
      const load = startWrk(baseUrl, { connections, seconds: 10, companies, run, ackedDir });
      // Only this run's files, which stay small: the earlier runs' are read once, at the end.
      const thisRun = (file: string) => file.startsWith(`acked-${run}-`);
      const watch = setInterval(() => {
        if (!isDead() && ackedIds(thisRun).size >= count) kill();
        if (isDead()) load.stop();
      }, 20);
      await load.done.catch(() => undefined);
      clearInterval(watch);
    },
    acknowledged: () => ackedIds(),
  };
}

function autocannonLoad(baseUrl: string, companyIds: readonly string[], connections: number): IngestLoad {
  let sent = 0;
  let refused = 0;
  const acknowledged = new Set<string>();
  const next = () => {
    const n = sent++;
    const companyId = companyIds[n % companyIds.length];
    return { path: disclosuresPath(companyId), body: JSON.stringify(disclosureBody(companyId, n)) };
  };
  const onResponse = (status: number, body: string) => {
    if (status !== 201 && status !== 200) return void refused++;
    for (const { disclosureId } of (JSON.parse(body) as { disclosures: { disclosureId: string }[] }).disclosures) acknowledged.add(disclosureId);
  };
  return {
    describe: AUTOCANNON_GENERATOR,
    async run(seconds) {
      const [ackedBefore, refusedBefore] = [acknowledged.size, refused];
      const started = performance.now();
      const load = await postLoadTest(baseUrl, { connections, seconds, next, onResponse });
      const elapsedMs = performance.now() - started;
      return {
        writes: acknowledged.size - ackedBefore,
        elapsedMs,
        p50Ms: load.p50Ms,
        p99Ms: load.p99Ms,
        refused: refused - refusedBefore,
        generatorCpuMs: null,
      };
    },
    async runUntilKilled(count, kill, isDead) {
      const target = acknowledged.size + count;
      await postLoadTest(baseUrl, {
        connections,
        seconds: 10,
        next,
        onResponse: (status, body) => {
          onResponse(status, body);
          if (acknowledged.size >= target && !isDead()) kill();
        },
      }).catch(() => undefined);
    },
    acknowledged: () => acknowledged,
  };
}
