import { appendBenchmark } from './append';
import { catchUpQueryBenchmark } from './catch-up-query';
import { growthBenchmark } from './growth';
import { ingestBenchmark } from './ingest';
import { liveBenchmark } from './live';
import { projectBenchmark } from './project';
import { queryBenchmark } from './query';
import { rebuildBenchmark } from './rebuild';
import { writersBenchmark } from './writers';

/** Benchmarks by name: add `project`, `query`, `live`, `rebuild` here as they are written. */
const BENCHMARKS: Record<string, { describe: string; run: () => Promise<void> }> = {
  append: {
    describe: 'appends through the EventStore port vs a bare SQLite loop and the peer: one and 100 events per call, 64 concurrent writers',
    run: appendBenchmark,
  },
  project: { describe: 'projector catch-up from zero over 1,000,000 events vs the peer consumer', run: projectBenchmark },
  query: { describe: 'GET a company and a page of 50 disclosures from the query-api process, 64 connections (wrk, or autocannon)', run: queryBenchmark },
  'catch-up-query': {
    describe:
      'GET /v1/companies/:id at 64 connections while the query-api catches up on ~1,000,000 events with corrections (size: next argument), vs caught up',
    run: catchUpQueryBenchmark,
  },
  rebuild: { describe: 'ledgerctl projections rebuild end to end over 1,000,000 events: fresh file, all projections, swap', run: rebuildBenchmark },
  ingest: {
    describe:
      'the ledger-api process, 64 connections posting single disclosures: writes/s, p50/p99, CPU, vs the fsync probe; SIGKILL loses nothing acknowledged',
    run: ingestBenchmark,
  },
  growth: {
    describe: 'the same writes on an empty ledger and on one of 10,000,000 events (BENCH_GROWTH_EVENTS): memory, first write, cold/warm, batches',
    run: growthBenchmark,
  },
  live: { describe: '1,000 SSE subscribers while 500 disclosures/s are appended over HTTP: delivery latency, losses', run: liveBenchmark },
  writers: {
    describe: '1, 8, 64 concurrent writers on Zipf-chosen streams with a catch-up reader vs the peer; ledger-api SIGKILL to serving again',
    run: writersBenchmark,
  },
};

function usage(): string {
  const lines = Object.entries(BENCHMARKS).map(([name, { describe }]) => `  ${name.padEnd(10)} ${describe}`);
  return ['usage: npm run bench -- <name>', '', 'benchmarks:', ...lines].join('\n');
}

async function main(): Promise<void> {
  const name = process.argv[2];
  const benchmark = name !== undefined && Object.hasOwn(BENCHMARKS, name) ? BENCHMARKS[name] : undefined;
  if (!benchmark) {
    console.error(name === undefined ? usage() : `unknown benchmark: ${name}\n\n${usage()}`);
    process.exit(2);
  }
  await benchmark.run();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
