import { ChildProcess, fork } from 'node:child_process';
import * as http from 'node:http';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { withAdminKey } from '../test/support/api-keys';
import { LedgerProcess } from '../test/support/ledger-process';
import { formatRate } from './lib/format';
import { LatencyHistogram } from './lib/latency-histogram';
import { FromSubscribers, ToSubscribers, monotonicMs } from './lib/live-subscribers';
import { processCpuMs } from './lib/process-cpu';
import { renderTable } from './lib/table';

const SUBSCRIBERS = Number(process.env.LIVE_BENCH_SUBSCRIBERS ?? 1_000);
const RATE_PER_SECOND = Number(process.env.LIVE_BENCH_RATE ?? 500);
const DURATION_S = Number(process.env.LIVE_BENCH_SECONDS ?? 30);
/** Processes the subscribers are spread over (none of them the server's or the writer's). */
const SUBSCRIBER_PROCESSES = Number(process.env.LIVE_BENCH_PROCESSES ?? 1);
/** `single`: one process appends and streams; `split`: ledger-api appends, query-api streams, on one store file. */
const TOPOLOGY = process.env.LIVE_BENCH_TOPOLOGY === 'split' ? 'split' : 'single';
const COMPANIES = 50;
const P99_TARGET_MS = 50;
/** How long after the last acknowledged append a late delivery still counts (beyond it, it is lost). */
const DRAIN_MS = 5_000;

const body = (companyId: string, n: number) =>
  JSON.stringify({
    type: 'SharePriceMoved',
    occurredAt: '2025-03-14',
    disclosedAt: '2025-03-14T08:00:00Z',
    source: { kind: 'news', publisher: 'Bench Wire', url: `https://news.example.com/${companyId}/${n}` },
    facts: { direction: n % 2 ? 'up' : 'down', changePct: (n % 97) / 10, price: 100 + (n % 500), currency: 'EUR', venue: 'XPAR' },
  });

/** Per server: the headers of a write, with the admin key its first start made (read once, not per write). */
const writeHeaders = new Map<string, Record<string, string>>();

function headersFor(baseUrl: string): Record<string, string> {
  let headers = writeHeaders.get(baseUrl);
  if (!headers) writeHeaders.set(baseUrl, (headers = withAdminKey(baseUrl, { 'content-type': 'application/json' })));
  return headers;
}

function post(agent: http.Agent, baseUrl: string, path: string, payload: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${baseUrl}${path}`, { method: 'POST', agent, headers: headersFor(baseUrl) }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    request.on('error', reject);
    request.end(payload);
  });
}

/** The ledger under test: where to append, where to subscribe, and the processes to stop afterwards. */
interface Target {
  writeUrl: string;
  readUrl: string;
  processes: LedgerProcess[];
}

/** The pid of a started ledger, to read its CPU time. */
const pidOf = (ledger: LedgerProcess): number | undefined => ledger['child']?.pid;

/** CPU time of each started ledger process, by app. */
function serverCpu(target: Target): number[] {
  return target.processes.map((ledger) => processCpuMs(pidOf(ledger)) ?? NaN);
}

async function startTarget(): Promise<Target> {
  // LIVE_BENCH_URL measures a ledger already running; LIVE_BENCH_WRITE_URL when appends go to another process.
  const url = process.env.LIVE_BENCH_URL;
  if (url) return { readUrl: url, writeUrl: process.env.LIVE_BENCH_WRITE_URL ?? url, processes: [] };
  if (TOPOLOGY === 'single') {
    const ledger = await LedgerProcess.start();
    return { readUrl: ledger.baseUrl, writeUrl: ledger.baseUrl, processes: [ledger] };
  }
  const writeSide = await LedgerProcess.start({ app: 'ledger-api' });
  const readSide = await LedgerProcess.start({ app: 'query-api', env: { LEDGER_STORE: writeSide.storeFile } });
  return { writeUrl: writeSide.baseUrl, readUrl: readSide.baseUrl, processes: [readSide, writeSide] };
}

/** A subscriber process and its one answer. */
function startSubscribers(): { child: ChildProcess; send: (message: ToSubscribers) => void; next: () => Promise<FromSubscribers> } {
  const child = fork(join(__dirname, 'lib', 'live-subscribers.ts'), [], { execArgv: ['--import', 'tsx'] });
  const answers: FromSubscribers[] = [];
  let waiting: ((answer: FromSubscribers) => void) | null = null;
  child.on('message', (answer: FromSubscribers) => (waiting ? (waiting(answer), (waiting = null)) : answers.push(answer)));
  return {
    child,
    send: (message) => child.connected && child.send(message),
    next: () => (answers.length > 0 ? Promise.resolve(answers.shift()!) : new Promise((resolve) => (waiting = resolve))),
  };
}

export async function liveBenchmark(): Promise<void> {
  const target = await startTarget();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
  const groups = Array.from({ length: SUBSCRIBER_PROCESSES }, startSubscribers);
  try {
    for (let c = 0; c < COMPANIES; c++) {
      const registered = await post(agent, target.writeUrl, '/v1/companies', JSON.stringify({ companyId: `bench-co-${c}`, name: `Bench Company ${c}` }));
      if (registered.status !== 201 && registered.status !== 409) throw new Error(`registration answered ${registered.status}: ${registered.body}`);
    }
    // Registrations reach the read side of a split deployment by polling: let them pass before subscribing.
    await sleep(500);

    console.error(`opening ${SUBSCRIBERS} SSE subscribers in ${SUBSCRIBER_PROCESSES} process(es), ${TOPOLOGY} topology...`);
    groups.forEach((group, i) =>
      group.send({
        kind: 'open',
        url: `${target.readUrl}/v1/streams/all`,
        count: Math.floor(SUBSCRIBERS / groups.length) + (i < SUBSCRIBERS % groups.length ? 1 : 0),
      }),
    );
    for (const group of groups) {
      const answer = await group.next();
      if (answer.kind !== 'opened') throw new Error(`subscribers: ${JSON.stringify(answer)}`);
    }

    console.error(`appending ${RATE_PER_SECOND} disclosures/s for ${DURATION_S} s...`);
    const total = RATE_PER_SECOND * DURATION_S;
    const writes: Promise<void>[] = [];
    let failedWrites = 0;
    let acked = 0;
    const cpuBefore = serverCpu(target);
    const started = monotonicMs();
    for (let n = 0; n < total; n++) {
      const due = started + (n * 1000) / RATE_PER_SECOND;
      const wait = due - monotonicMs();
      if (wait > 1) await sleep(wait);
      const company = `bench-co-${n % COMPANIES}`;
      const write = post(agent, target.writeUrl, `/v1/companies/${company}/disclosures`, body(company, n)).then(
        (answer) => {
          if (answer.status !== 201) return void failedWrites++;
          const message: ToSubscribers = { kind: 'acked', acks: [[Number(JSON.parse(answer.body).position), monotonicMs()]] };
          acked++;
          for (const group of groups) group.send(message);
        },
        () => void failedWrites++,
      );
      writes.push(write);
    }
    await Promise.all(writes);
    const writeSeconds = (monotonicMs() - started) / 1000;
    const cpuShare = serverCpu(target).map((after, i) => (after - cpuBefore[i]) / (writeSeconds * 1000));
    for (const group of groups) group.send({ kind: 'finish', expected: acked, drainMs: DRAIN_MS });
    const results = await Promise.all(groups.map((group) => group.next()));

    const latency = new LatencyHistogram();
    let lost = 0,
      outOfOrder = 0,
      dropped = 0,
      chunks = 0,
      subscriberCpuMs = 0;
    for (const result of results) {
      if (result.kind !== 'result') throw new Error(`subscribers: ${JSON.stringify(result)}`);
      latency.add(result.latency);
      lost += result.lost;
      outOfOrder += result.outOfOrder;
      dropped += result.dropped;
      chunks += result.chunks;
      subscriberCpuMs += result.cpuMs;
    }
    const p50 = latency.percentile(0.5);
    const p99 = latency.percentile(0.99);
    const readsPerSecond = chunks / writeSeconds;
    console.log(`live: ${SUBSCRIBERS} SSE subscribers on /v1/streams/all (${TOPOLOGY}), ${formatRate(total)} disclosures over HTTP at ${RATE_PER_SECOND}/s`);
    console.log(`(achieved ${formatRate(acked / writeSeconds)}/s), ${COMPANIES} companies; latency from the HTTP 201 to delivery, per subscriber.`);
    console.log(
      `Subscribers received ${formatRate(readsPerSecond)} chunks/s (${(latency.count / Math.max(1, chunks)).toFixed(1)} messages a chunk), using ${Math.round(subscriberCpuMs)} ms of CPU.`,
    );
    const cpuNames = TOPOLOGY === 'single' ? ['ledger'] : ['query-api (streams)', 'ledger-api (appends)'];
    if (cpuShare.length > 0)
      console.log(`Server CPU while appending, in cores: ${cpuShare.map((share, i) => `${cpuNames[i]} ${share.toFixed(2)}`).join(', ')}.`);
    console.log();
    console.log(
      renderTable(
        ['deliveries', 'p50 ms', 'p99 ms', 'max ms', 'lost', 'out of order', 'dropped subscribers', 'failed writes', `p99 <= ${P99_TARGET_MS} ms`],
        [
          [
            formatRate(latency.count),
            `${p50}`,
            `${p99}`,
            `${Math.round(latency.max)}`,
            `${lost}`,
            `${outOfOrder}`,
            `${dropped}`,
            `${failedWrites}`,
            p99 <= P99_TARGET_MS && lost === 0 ? 'met' : 'NOT met',
          ],
        ],
        0,
      ),
    );
    console.log(
      JSON.stringify({
        bench: 'live',
        topology: TOPOLOGY,
        subscribers: SUBSCRIBERS,
        ratePerSecond: RATE_PER_SECOND,
        seconds: DURATION_S,
        appended: acked,
        achievedRate: acked / writeSeconds,
        deliveries: latency.count,
        p50Ms: p50,
        p99Ms: p99,
        maxMs: latency.max,
        lost,
        outOfOrder,
        droppedSubscribers: dropped,
        failedWrites,
        chunksPerSecond: readsPerSecond,
        subscriberCpuMs,
        serverCores: cpuShare,
      }),
    );
  } finally {
    agent.destroy();
    for (const group of groups) group.child.kill();
    for (const ledger of target.processes) {
      await ledger.stop();
      await ledger.dispose();
    }
  }
}
