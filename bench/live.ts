import * as http from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { LedgerProcess } from '../test/support/ledger-process';
import { SseConnection, SseParser, openSse } from '../test/support/sse-client';
import { formatRate } from './lib/format';
import { LatencyHistogram } from './lib/latency-histogram';
import { renderTable } from './lib/table';

const SUBSCRIBERS = Number(process.env.LIVE_BENCH_SUBSCRIBERS ?? 1_000);
const RATE_PER_SECOND = Number(process.env.LIVE_BENCH_RATE ?? 500);
const DURATION_S = Number(process.env.LIVE_BENCH_SECONDS ?? 30);
const COMPANIES = 50;
const P99_TARGET_MS = 50;
/** How long after the last acknowledged append a late delivery still counts (beyond it, it is lost). */
const DRAIN_MS = 5_000;

/** What one subscriber saw. */
interface Subscriber {
  connection: SseConnection;
  received: number;
  lastPosition: number;
  outOfOrder: number;
}

const body = (companyId: string, n: number) =>
  JSON.stringify({
    type: 'SharePriceMoved',
    occurredAt: '2025-03-14',
    disclosedAt: '2025-03-14T08:00:00Z',
    source: { kind: 'news', publisher: 'Bench Wire', url: `https://news.example.com/${companyId}/${n}` },
    facts: { direction: n % 2 ? 'up' : 'down', changePct: (n % 97) / 10, price: 100 + (n % 500), currency: 'EUR', venue: 'XPAR' },
  });

function post(agent: http.Agent, baseUrl: string, path: string, payload: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${baseUrl}${path}`, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    request.on('error', reject);
    request.end(payload);
  });
}

export async function liveBenchmark(): Promise<void> {
  // LIVE_BENCH_URL measures a ledger already running (another store, another machine) instead of starting one.
  const ledger = process.env.LIVE_BENCH_URL ? null : await LedgerProcess.start();
  const baseUrl = process.env.LIVE_BENCH_URL ?? ledger!.baseUrl;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
  try {
    for (let c = 0; c < COMPANIES; c++) {
      const registered = await post(agent, baseUrl, '/v1/companies', JSON.stringify({ companyId: `bench-co-${c}`, name: `Bench Company ${c}` }));
      if (registered.status !== 201 && registered.status !== 409) throw new Error(`registration answered ${registered.status}: ${registered.body}`);
    }

    // Acknowledgement time of each appended position; deliveries that beat the acknowledgement count as 0 ms.
    const ackedAt = new Map<number, number>();
    const deliveredEarly = new Map<number, number>();
    const latency = new LatencyHistogram();
    const subscribers: Subscriber[] = [];
    const onDelivery = (subscriber: Subscriber, id: string | undefined) => {
      const now = performance.now();
      const position = Number(id);
      subscriber.received++;
      if (position <= subscriber.lastPosition) subscriber.outOfOrder++;
      subscriber.lastPosition = position;
      const acked = ackedAt.get(position);
      if (acked === undefined) deliveredEarly.set(position, (deliveredEarly.get(position) ?? 0) + 1);
      else latency.record(now - acked);
    };

    console.error(`opening ${SUBSCRIBERS} SSE subscribers...`);
    for (let i = 0; i < SUBSCRIBERS; i += 100) {
      const batch = Array.from({ length: Math.min(100, SUBSCRIBERS - i) }, async () => {
        const subscriber = { received: 0, lastPosition: 0, outOfOrder: 0 } as Subscriber;
        subscriber.connection = await openSse(`${baseUrl}/v1/streams/all`, (message) => onDelivery(subscriber, message.id), { parser: new SseParser() });
        if (subscriber.connection.status !== 200) throw new Error(`subscriber answered ${subscriber.connection.status}`);
        subscribers.push(subscriber);
      });
      await Promise.all(batch);
    }

    console.error(`appending ${RATE_PER_SECOND} disclosures/s for ${DURATION_S} s...`);
    const total = RATE_PER_SECOND * DURATION_S;
    const writes: Promise<void>[] = [];
    let failedWrites = 0;
    const started = performance.now();
    for (let n = 0; n < total; n++) {
      const due = started + (n * 1000) / RATE_PER_SECOND;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      writes.push(
        post(agent, baseUrl, `/v1/companies/bench-co-${n % COMPANIES}/disclosures`, body(`bench-co-${n % COMPANIES}`, n)).then(
          (answer) => {
            if (answer.status !== 201) {
              failedWrites++;
              return;
            }
            const position = Number(JSON.parse(answer.body).position);
            const now = performance.now();
            ackedAt.set(position, now);
            const early = deliveredEarly.get(position);
            if (early !== undefined) {
              for (let k = 0; k < early; k++) latency.record(0);
              deliveredEarly.delete(position);
            }
          },
          () => void failedWrites++,
        ),
      );
    }
    await Promise.all(writes);
    const writeSeconds = (performance.now() - started) / 1000;
    const expected = ackedAt.size;
    const deadline = performance.now() + DRAIN_MS;
    while (performance.now() < deadline && subscribers.some((s) => s.received < expected)) await sleep(20);

    const lost = subscribers.reduce((sum, s) => sum + Math.max(0, expected - s.received), 0);
    const outOfOrder = subscribers.reduce((sum, s) => sum + s.outOfOrder, 0);
    const dropped = subscribers.filter((s) => s.connection.response.closed).length;
    const p50 = latency.percentile(0.5);
    const p99 = latency.percentile(0.99);
    console.log(`live: ${SUBSCRIBERS} SSE subscribers on /v1/streams/all, ${formatRate(total)} disclosures over HTTP at ${RATE_PER_SECOND}/s`);
    console.log(`(achieved ${formatRate(expected / writeSeconds)}/s), ${COMPANIES} companies; latency from the HTTP 201 to delivery, per subscriber.`);
    console.log();
    console.log(
      renderTable(
        ['deliveries', 'p50 ms', 'p99 ms', 'max ms', 'lost', 'out of order', 'dropped subscribers', 'failed writes', `p99 <= ${P99_TARGET_MS} ms`],
        [[formatRate(latency.count), `${p50}`, `${p99}`, `${Math.round(latency.max)}`, `${lost}`, `${outOfOrder}`, `${dropped}`, `${failedWrites}`, p99 <= P99_TARGET_MS && lost === 0 ? 'met' : 'NOT met']],
        0,
      ),
    );
    console.log(JSON.stringify({ bench: 'live', subscribers: SUBSCRIBERS, ratePerSecond: RATE_PER_SECOND, seconds: DURATION_S, appended: expected, achievedRate: expected / writeSeconds, deliveries: latency.count, p50Ms: p50, p99Ms: p99, maxMs: latency.max, lost, outOfOrder, droppedSubscribers: dropped, failedWrites }));
    for (const subscriber of subscribers) subscriber.connection.close();
  } finally {
    agent.destroy();
    await ledger?.stop();
    await ledger?.dispose();
  }
}
