import { ChildProcess, fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runThisThreadInBackground } from '@ledger/projections';
import { FloorRows, loadFloorRows, writeFloorRows } from './row-write-floor';

/** The stand-in's work: the rows of `readStore` in the order of `logFile`, written into files in `dir`. */
interface StandInWork {
  logFile: string;
  readStore: string;
  dir: string;
  batchEvents: number;
}

type ToStandIn = { kind: 'load'; work: StandInWork } | { kind: 'go' } | { kind: 'stop' };
type FromStandIn = { kind: 'loaded' } | { kind: 'stopped'; events: number; seconds: number };

/**
 * A process that does a catch-up's unavoidable part and nothing else: the rows a catch-up left, written
 * again by plain INSERTs (`writeFloorRows`), over and over, at the projector thread's priority. What a
 * query service shows under load beside it is the floor of its latency while any projector catches up.
 */
export class StandInProjector {
  private readonly child: ChildProcess = fork(__filename, [], { execArgv: ['--import', 'tsx'] });

  /** Starts the process and waits until it has loaded the rows (not timed). */
  static async start(work: StandInWork): Promise<StandInProjector> {
    const standIn = new StandInProjector();
    standIn.child.send({ kind: 'load', work } satisfies ToStandIn);
    await standIn.next('loaded');
    return standIn;
  }

  go(): void {
    this.child.send({ kind: 'go' } satisfies ToStandIn);
  }

  /** Stops it after its current transaction; resolves to the events it wrote since `go`, per second. */
  async stop(): Promise<number> {
    this.child.send({ kind: 'stop' } satisfies ToStandIn);
    const { events, seconds } = (await this.next('stopped')) as Extract<FromStandIn, { kind: 'stopped' }>;
    this.child.disconnect();
    return events / seconds;
  }

  private next(kind: FromStandIn['kind']): Promise<FromStandIn> {
    return new Promise((done, fail) => {
      const onExit = (code: number | null) => fail(new Error(`the stand-in projector exited with ${code}`));
      const onMessage = (message: FromStandIn) => {
        if (message.kind !== kind) return;
        this.child.off('message', onMessage).off('exit', onExit);
        done(message);
      };
      this.child.on('message', onMessage).once('exit', onExit);
    });
  }
}

function runStandInProcess(): void {
  let rows: FloorRows;
  let work: StandInWork;
  let stopping = false;
  const send = (message: FromStandIn) => process.send!(message);
  const writeUntilStopped = async () => {
    const started = process.hrtime.bigint();
    let events = 0;
    for (let pass = 0; !stopping; pass++) {
      const file = join(work.dir, `stand-in-${pass}.db`);
      events += await writeFloorRows(rows, file, work.batchEvents, () => stopping);
      for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    }
    send({ kind: 'stopped', events, seconds: Number(process.hrtime.bigint() - started) / 1e9 });
  };
  process.on('message', (message: ToStandIn) => {
    if (message.kind === 'load') {
      work = message.work;
      runThisThreadInBackground();
      rows = loadFloorRows(work.logFile, work.readStore);
      send({ kind: 'loaded' });
    } else if (message.kind === 'go') void writeUntilStopped();
    else stopping = true;
  });
  process.on('disconnect', () => process.exit(0));
}

if (require.main === module) runStandInProcess();
