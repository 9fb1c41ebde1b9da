import { ChildProcess, fork } from 'node:child_process';
import { setPriority } from 'node:os';

/** The lowest CPU priority Linux gives a process. */
const LOWEST_PRIORITY_NICE = 19;

/**
 * A process that does nothing but compute, at the lowest priority, until stopped: what any background
 * work that takes CPU costs the latency of a server beside it, whatever it does.
 */
export class CpuSpinner {
  private readonly child: ChildProcess = fork(__filename, [], { execArgv: ['--import', 'tsx'] });

  static async start(): Promise<CpuSpinner> {
    const spinner = new CpuSpinner();
    await new Promise((spinning) => spinner.child.once('message', spinning));
    return spinner;
  }

  async stop(): Promise<void> {
    const exited = new Promise((done) => this.child.once('exit', done));
    this.child.kill('SIGKILL');
    await exited;
  }
}

function spin(): void {
  setPriority(0, LOWEST_PRIORITY_NICE);
  process.send!('spinning');
  // Spins until stopped, or until the benchmark is gone (the process is then adopted by another parent).
  const parent = process.ppid;
  let x = 0;
  while (process.ppid === parent) for (let i = 0; i < 1_000_000; i++) x = Math.sqrt(x + 1);
  process.exit(0);
}

if (require.main === module) spin();
