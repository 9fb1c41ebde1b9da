import { Injectable } from '@nestjs/common';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { LiveSource, ReadModelSource, StoreSource, watchLive, watchReadModel, watchStore } from './metric-sources';

/** Seconds: from a cached read (well under a millisecond) to a write waiting on a busy disk. */
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * This process's metrics in the Prometheus format: what the code measured pushes its observations
 * here; the state of the store, the read model and the live streams is read from them at each scrape.
 */
@Injectable()
export class LedgerMetrics {
  readonly registry = new Registry();
  private readonly httpRequests = new Counter({
    name: 'ledger_http_requests_total',
    help: 'HTTP requests answered, by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  private readonly httpDuration = new Histogram({
    name: 'ledger_http_request_duration_seconds',
    help: 'Time from receiving a request to the end of its answer (a live stream: to its headers), by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly appends = new Counter({
    name: 'ledger_appends_total',
    help: "Appends to the event store, by outcome (ok, or the error's name)",
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  private readonly appendDuration = new Histogram({
    name: 'ledger_append_duration_seconds',
    help: 'Time an append took to be acknowledged (committed to disk) or refused',
    labelNames: ['outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  observeRequest(method: string, route: string, status: number, seconds: number): void {
    const labels = { method, route, status: String(status) };
    this.httpRequests.inc(labels);
    this.httpDuration.observe(labels, seconds);
  }

  observeAppend(outcome: string, seconds: number): void {
    this.appends.inc({ outcome });
    this.appendDuration.observe({ outcome }, seconds);
  }

  watchStore(store: StoreSource): void {
    watchStore(this.registry, store);
  }

  watchReadModel(readModel: ReadModelSource): void {
    watchReadModel(this.registry, readModel);
  }

  watchLive(live: LiveSource): void {
    watchLive(this.registry, live);
  }

  async text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
