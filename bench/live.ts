import { ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as http from 'node:http';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { withAdminKey } from '../test/support/api-keys';
import { LedgerProcess } from '../test/support/ledger-process';
import { formatRate } from './lib/format';
import { LatencyHistogram } from './lib/latency-histogram';
import { FromSubscribers, ToSubscribers, monotonicMs } from './lib/live-subscribers';
import { processCpuMs } from './lib/process-cpu';
import type { FromFloor, ToFloor } from './lib/sse-fanout-floor';
import { renderTable } from './lib/table';

const SUBSCRIBERS = Number(process.env.LIVE_BENCH_SUBSCRIBERS ?? 1_000);
const RATE_PER_SECOND = Number(process.env.LIVE_BENCH_RATE ?? 500);
const DURATION_S = Number(process.env.LIVE_BENCH_SECONDS ?? 30);
/** Processes the subscribers are spread over (none of them the server's or the writer's). */
const SUBSCRIBER_PROCESSES = Number(process.env.LIVE_BENCH_PROCESSES ?? 1);
/** `single`: one process appends and streams; `split`: ledger-api appends, query-api streams, on one store file. */
const TOPOLOGY = process.env.LIVE_BENCH_TOPOLOGY === 'split' ? 'split' : 'single';
/** Subscribers open as resumed clients (`?from=` the last registration), as EventSources reconnecting with Last-Event-ID do. */
const RESUMED = process.env.LIVE_BENCH_RESUME === '1';
const COMPANIES = 50;
const P99_TARGET_MS = 50;
/** Flush windows of the bare fan-out measured beside the ledger: once per turn of the event loop, and batched. */
const FLOOR_WINDOWS_MS = [0, 20];
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

/** How a phase writes its n-th message: the position it was given and when it was acknowledged (monotonicMs), or null if refused. */
type WriteMessage = (n: number) => Promise<[position: number, ackedAt: number] | null>;

interface PhaseResult {
  latency: LatencyHistogram;
  acked: number;
  failedWrites: number;
  writeSeconds: number;
  lost: number;
  outOfOrder: number;
  dropped: number;
  chunks: number;
  subscriberCpuMs: number;
}

/**
 * Opens the subscribers on `subscribeUrl`, writes RATE_PER_SECOND messages a second for DURATION_S
 * seconds, then waits for every subscriber to receive them. `writing` brackets the writes alone.
 */
async function deliveryPhase(subscribeUrl: string, write: WriteMessage, writing?: { started(): void; ended(seconds: number): void }): Promise<PhaseResult> {
  const groups = Array.from({ length: SUBSCRIBER_PROCESSES }, startSubscribers);
  try {
    groups.forEach((group, i) =>
      group.send({
        kind: 'open',
        url: subscribeUrl,
        count: Math.floor(SUBSCRIBERS / groups.length) + (i < SUBSCRIBERS % groups.length ? 1 : 0),
      }),
    );
    for (const group of groups) {
      const answer = await group.next();
      if (answer.kind !== 'opened') throw new Error(`subscribers: ${JSON.stringify(answer)}`);
    }

    const total = RATE_PER_SECOND * DURATION_S;
    const writes: Promise<void>[] = [];
    let failedWrites = 0;
    let acked = 0;
    writing?.started();
    const started = monotonicMs();
    for (let n = 0; n < total; n++) {
      const due = started + (n * 1000) / RATE_PER_SECOND;
      const wait = due - monotonicMs();
      if (wait > 1) await sleep(wait);
      writes.push(
        write(n).then(
          (ack) => {
            if (ack === null) return void failedWrites++;
            acked++;
            const message: ToSubscribers = { kind: 'acked', acks: [ack] };
            for (const group of groups) group.send(message);
          },
          () => void failedWrites++,
        ),
      );
    }
    await Promise.all(writes);
    const writeSeconds = (monotonicMs() - started) / 1000;
    writing?.ended(writeSeconds);
    for (const group of groups) group.send({ kind: 'finish', expected: acked, drainMs: DRAIN_MS });
    const results = await Promise.all(groups.map((group) => group.next()));

    const phase: PhaseResult = {
      latency: new LatencyHistogram(),
      acked,
      failedWrites,
      writeSeconds,
      lost: 0,
      outOfOrder: 0,
      dropped: 0,
      chunks: 0,
      subscriberCpuMs: 0,
    };
    for (const result of results) {
      if (result.kind !== 'result') throw new Error(`subscribers: ${JSON.stringify(result)}`);
      phase.latency.add(result.latency);
      phase.lost += result.lost;
      phase.outOfOrder += result.outOfOrder;
      phase.dropped += result.dropped;
      phase.chunks += result.chunks;
      phase.subscriberCpuMs += result.cpuMs;
    }
    return phase;
  } finally {
    for (const group of groups) group.child.kill();
  }
}

/** The ledger: each message is a disclosure appended over HTTP, acknowledged by its 201. */
async function ledgerPhase(): Promise<{ phase: PhaseResult; cpuShare: number[] }> {
  const target = await startTarget();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
  try {
    let lastRegistration = '';
    for (let c = 0; c < COMPANIES; c++) {
      const registered = await post(agent, target.writeUrl, '/v1/companies', JSON.stringify({ companyId: `bench-co-${c}`, name: `Bench Company ${c}` }));
      if (registered.status !== 201 && registered.status !== 409) throw new Error(`registration answered ${registered.status}: ${registered.body}`);
      if (registered.status === 201) lastRegistration = (JSON.parse(registered.body) as { position: string }).position;
    }
    // Registrations reach the read side of a split deployment by polling: let them pass before subscribing.
    await sleep(500);
    console.error(`opening ${SUBSCRIBERS} SSE subscribers${RESUMED ? ' (resumed)' : ''} in ${SUBSCRIBER_PROCESSES} process(es), ${TOPOLOGY} topology...`);
    let cpuBefore: number[] = [];
    let cpuShare: number[] = [];
    const phase = await deliveryPhase(
      `${target.readUrl}/v1/streams/all${RESUMED ? `?from=${lastRegistration}` : ''}`,
      async (n) => {
        const company = `bench-co-${n % COMPANIES}`;
        const answer = await post(agent, target.writeUrl, `/v1/companies/${company}/disclosures`, body(company, n));
        return answer.status === 201 ? [Number((JSON.parse(answer.body) as { position: string }).position), monotonicMs()] : null;
      },
      {
        started: () => {
          console.error(`appending ${RATE_PER_SECOND} disclosures/s for ${DURATION_S} s...`);
          cpuBefore = serverCpu(target);
        },
        ended: (seconds) => (cpuShare = serverCpu(target).map((after, i) => (after - cpuBefore[i]) / (seconds * 1000))),
      },
    );
    return { phase, cpuShare };
  } finally {
    agent.destroy();
    for (const ledger of target.processes) {
      await ledger.stop();
      await ledger.dispose();
    }
  }
}

/** The same subscribers and rate against SseFanoutFloor in a process of its own: each message is acknowledged when it is queued. */
async function floorPhase(windowMs: number): Promise<PhaseResult> {
  const child = fork(join(__dirname, 'lib', 'sse-fanout-floor.ts'), [], { execArgv: ['--import', 'tsx'] });
  const queued = new Map<number, (at: number) => void>();
  let listening: (url: string) => void = () => undefined;
  child.on('message', (answer: FromFloor) => {
    if (answer.kind === 'listening') return listening(answer.url);
    queued.get(answer.id)?.(answer.at);
    queued.delete(answer.id);
  });
  const send = (message: ToFloor) => child.send(message);
  try {
    const url = await new Promise<string>((resolve) => {
      listening = resolve;
      send({ kind: 'listen', windowMs });
    });
    console.error(
      `floor: ${SUBSCRIBERS} SSE subscribers on a bare node:http server (flush window ${windowMs} ms), ${RATE_PER_SECOND} messages/s for ${DURATION_S} s...`,
    );
    return await deliveryPhase(url, async (n) => {
      const company = `bench-co-${n % COMPANIES}`;
      const position = n + 1;
      const message = JSON.stringify({
        position: String(position),
        companyId: company,
        disclosureId: randomUUID(),
        ...(JSON.parse(body(company, n)) as object),
      });
      const at = await new Promise<number>((resolve) => {
        queued.set(position, resolve);
        send({ kind: 'emit', id: position, body: message });
      });
      return [position, at];
    });
  } finally {
    child.kill();
  }
}

export async function liveBenchmark(): Promise<void> {
  const { phase: ours, cpuShare } = await ledgerPhase();
  const floors = [];
  for (const windowMs of FLOOR_WINDOWS_MS) floors.push({ windowMs, phase: await floorPhase(windowMs) });
  const p99Of = (phase: PhaseResult) => phase.latency.percentile(0.99);
  const { phase: floor, windowMs: floorWindowMs } = floors.reduce((best, next) => (p99Of(next.phase) < p99Of(best.phase) ? next : best));
  const total = RATE_PER_SECOND * DURATION_S;
  const [p50, p99] = [ours.latency.percentile(0.5), ours.latency.percentile(0.99)];
  const [floorP50, floorP99] = [floor.latency.percentile(0.5), floor.latency.percentile(0.99)];
  const readsPerSecond = ours.chunks / ours.writeSeconds;
  console.log(
    `live: ${SUBSCRIBERS} SSE subscribers on /v1/streams/all${RESUMED ? ' (resumed with ?from=)' : ''} (${TOPOLOGY}), ${formatRate(total)} disclosures over HTTP at ${RATE_PER_SECOND}/s`,
  );
  console.log(`(achieved ${formatRate(ours.acked / ours.writeSeconds)}/s), ${COMPANIES} companies; latency from the HTTP 201 to delivery, per subscriber.`);
  console.log(
    `Subscribers received ${formatRate(readsPerSecond)} chunks/s (${(ours.latency.count / Math.max(1, ours.chunks)).toFixed(1)} messages a chunk), using ${Math.round(ours.subscriberCpuMs)} ms of CPU.`,
  );
  const cpuNames = TOPOLOGY === 'single' ? ['ledger'] : ['query-api (streams)', 'ledger-api (appends)'];
  if (cpuShare.length > 0) console.log(`Server CPU while appending, in cores: ${cpuShare.map((share, i) => `${cpuNames[i]} ${share.toFixed(2)}`).join(', ')}.`);
  console.log(
    `Floor, same run: the same subscribers and rate on a bare node:http server that only writes the messages (no store, no append), ` +
      `latency from queueing to delivery, at flush windows of ${FLOOR_WINDOWS_MS.join(' and ')} ms: ` +
      floors.map(({ windowMs, phase }) => `${windowMs} ms: p99 ${p99Of(phase)} ms, ${formatRate(phase.chunks / phase.writeSeconds)} chunks/s`).join('; ') +
      `. The table gives the better one.`,
  );
  console.log();
  const row = (subject: string, phase: PhaseResult, p50Ms: number, p99Ms: number, target: string) => [
    subject,
    formatRate(phase.latency.count),
    `${p50Ms}`,
    `${p99Ms}`,
    `${Math.round(phase.latency.max)}`,
    `${phase.lost}`,
    `${phase.outOfOrder}`,
    `${phase.dropped}`,
    `${phase.failedWrites}`,
    target,
  ];
  console.log(
    renderTable(
      ['subject', 'deliveries', 'p50 ms', 'p99 ms', 'max ms', 'lost', 'out of order', 'dropped subscribers', 'failed writes', `p99 <= ${P99_TARGET_MS} ms`],
      [
        row('ours: the ledger', ours, p50, p99, p99 <= P99_TARGET_MS && ours.lost === 0 ? 'met' : 'NOT met'),
        row(
          `floor: bare node:http fan-out, ${floorWindowMs} ms window`,
          floor,
          floorP50,
          floorP99,
          `ours/floor p99 ${(p99 / Math.max(1, floorP99)).toFixed(2)}`,
        ),
      ],
      1,
    ),
  );
  console.log(
    JSON.stringify({
      bench: 'live',
      topology: TOPOLOGY,
      subscribers: SUBSCRIBERS,
      ratePerSecond: RATE_PER_SECOND,
      seconds: DURATION_S,
      appended: ours.acked,
      achievedRate: ours.acked / ours.writeSeconds,
      deliveries: ours.latency.count,
      p50Ms: p50,
      p99Ms: p99,
      maxMs: ours.latency.max,
      lost: ours.lost,
      outOfOrder: ours.outOfOrder,
      droppedSubscribers: ours.dropped,
      failedWrites: ours.failedWrites,
      chunksPerSecond: readsPerSecond,
      subscriberCpuMs: ours.subscriberCpuMs,
      serverCores: cpuShare,
      floor: {
        windowMs: floorWindowMs,
        p50Ms: floorP50,
        p99Ms: floorP99,
        maxMs: floor.latency.max,
        lost: floor.lost,
        chunksPerSecond: floor.chunks / floor.writeSeconds,
      },
    }),
  );
}
