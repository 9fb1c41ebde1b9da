import { ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { useKeyBeside } from './bench-key';

/**
 * A built app of dist/apps started as a process of its own on a free port; resolves once it listens.
 * BENCH_APP_NODE_ARGS adds Node options to it, e.g. `--cpu-prof` to profile the app under the load.
 */
export async function startApp(app: string, env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; baseUrl: string }> {
  const nodeArgs = process.env.BENCH_APP_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, join(resolve(__dirname, '..', '..'), `dist/apps/${app}/src/main.js`)], {
    // No rate limit: the load comes from one address, faster than the default limit lets one client go.
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', RATE_LIMIT_REQUESTS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const baseUrl = await new Promise<string>((done, fail) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (!match) return;
      // From here on the app logs a line per request: read and dropped, never kept and searched again,
      // which made the benchmark's own process (autocannon's too) the bottleneck of every HTTP figure.
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      done(match[1].replace('localhost', '127.0.0.1'));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`${app} exited with ${code}:\n${output} (run npx nest build first)`)));
  });
  child.stdout?.resume();
  child.stderr?.resume();
  if (env.LEDGER_STORE) useKeyBeside(env.LEDGER_STORE);
  return { child, baseUrl };
}

export async function stopApp(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}
