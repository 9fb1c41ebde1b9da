import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import { LedgerProcess, REPO_ROOT } from './support/ledger-process';
import { record, registerCompanies, waitUntil } from './support/live-streams';
import { freePort } from './support/free-port';

jest.setTimeout(60_000);

describe('ledgerctl tail', () => {
  let ledger: LedgerProcess;
  let tail: ChildProcessWithoutNullStreams | undefined;
  let stdout = '';
  let stderr = '';

  beforeAll(async () => {
    ledger = await LedgerProcess.start({ env: { PORT: String(await freePort()) } });
    await registerCompanies(ledger.baseUrl, ['tail-co', 'tail-other']);
  });
  afterAll(async () => {
    tail?.kill('SIGKILL');
    await ledger.dispose();
  });

  const printed = () =>
    stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));

  it('prints events as they come, and after the ledger restarts, resumes with none missed or repeated', async () => {
    tail = spawn(process.execPath, [join(REPO_ROOT, 'dist/apps/ledgerctl/src/main.js'), 'tail', '--url', ledger.baseUrl, '--company', 'tail-co', '--json']);
    tail.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    tail.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Without --from it follows from the moment it connects, so record only once it says it has.
    await waitUntil(
      () => stderr.includes('connected'),
      20_000,
      () => `the connection (stderr: ${stderr})`,
    );

    const expected = [await record(ledger.baseUrl, 'tail-co', ['BreachAnnounced'])];
    await record(ledger.baseUrl, 'tail-other', ['BreachAnnounced']);
    await waitUntil(
      () => printed().length >= 1,
      10_000,
      () => `the first line (stderr: ${stderr})`,
    );

    await ledger.stop();
    await ledger.boot();
    // Recorded while tail is still reconnecting: it must catch up on them.
    expected.push(await record(ledger.baseUrl, 'tail-co', ['OtherDisclosure']));
    expected.push(await record(ledger.baseUrl, 'tail-co', ['SharePriceMoved']));
    await waitUntil(
      () => printed().length >= 3,
      20_000,
      () => `three lines (stderr: ${stderr})`,
    );
    // A marker recorded last: once it is printed, anything printed twice or out of place is printed too.
    const marker = await record(ledger.baseUrl, 'tail-co', ['BreachAnnounced']);
    await waitUntil(
      () => printed().some((line) => line.id === marker),
      10_000,
      () => `the marker (stderr: ${stderr})`,
    );

    expect(printed().map((line) => [line.id, line.data.companyId])).toEqual([...expected, marker].map((id) => [id, 'tail-co']));
    expect(stderr).toContain('reconnecting');
    expect(stderr.match(/connected; following after position \d+/g)).toHaveLength(2);
  });

  it('prints one readable line per event without --json, and exits 1 on an unknown company', async () => {
    tail?.kill('SIGKILL');
    const run = (args: string[]) =>
      new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
        const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/apps/ledgerctl/src/main.js'), 'tail', '--url', ledger.baseUrl, ...args]);
        let out = '';
        let err = '';
        let interrupted = false;
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          // One Ctrl-C only: a second one, as in any CLI, would end the process by the signal itself.
          if (!interrupted && out.split('\n').length > 2) interrupted = child.kill('SIGINT');
        });
        child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
        child.on('exit', (code) => resolve({ code, out, err }));
      });
    const lines = await run(['--company', 'tail-co', '--from', 'start']);
    expect(lines.out.split('\n')[1]).toMatch(/^\d+ {2}\S+ {2}tail-co@1 {2}BreachAnnounced {2}\{.*"externalAccess":true/);
    expect(lines.code).toBe(0);

    const unknown = await run(['--company', 'nobody-here']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('404');
  });
});
