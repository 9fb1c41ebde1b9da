import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeLedgerFile } from './support/audit-ledger';
import { runLedgerctl } from './support/run-ledgerctl';

jest.setTimeout(60_000);

const STREAM = 'company-listed-co-00042';
const REVISION = 17;

/** A copy of `source` with one byte of one event's stored data replaced, right in the file. */
function withOneByteChanged(source: string, target: string, offsetInData: (data: string) => number, byte: string): void {
  copyFileSync(source, target);
  const db = new Database(source, { readonly: true });
  const data = db.prepare('SELECT data FROM events WHERE stream_id = ? AND revision = ?').pluck().get(STREAM, REVISION) as string;
  db.close();
  const bytes = readFileSync(target);
  const at = bytes.indexOf(Buffer.from(data));
  expect(at).toBeGreaterThan(0);
  expect(bytes.indexOf(Buffer.from(data), at + 1)).toBe(-1);
  bytes[at + offsetInData(data)] = byte.charCodeAt(0);
  writeFileSync(target, bytes);
}

describe('ledgerctl audit chain', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-chain-'));
  const intact = join(dir, 'ledger.db');
  let events = 0;

  beforeAll(async () => {
    events = await writeLedgerFile(intact, { companies: 100, disclosures: 10_000, eventsPerAppend: 100 });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds every chain intact in an untouched log', () => {
    const run = runLedgerctl(['audit', 'chain', '--json'], { store: intact });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, streams: 100, events, broken: null });
  });

  it('names the stream and revision of one byte changed in an event, with both hashes', () => {
    const altered = join(dir, 'altered.db');
    withOneByteChanged(intact, altered, (data) => data.indexOf('"news"') + 1, 'm');
    for (const scope of [[], ['--company', 'listed-co-00042']]) {
      const run = runLedgerctl(['audit', 'chain', ...scope, '--json'], { store: altered });
      expect(run.status).toBe(1);
      const { broken } = JSON.parse(run.stdout);
      expect(broken).toMatchObject({
        streamId: STREAM,
        revision: REVISION,
        reason: 'hash-mismatch',
        expectedHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        foundHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      expect(broken.expectedHash).not.toBe(broken.foundHash);
    }
    const text = runLedgerctl(['audit', 'chain'], { store: altered });
    expect(text.stdout).toContain(`${STREAM} revision ${REVISION}`);
  });

  it('reports an event whose data no longer parses as a broken link, without crashing', () => {
    const unreadable = join(dir, 'unreadable.db');
    withOneByteChanged(intact, unreadable, () => 0, 'x');
    const run = runLedgerctl(['audit', 'chain', '--json'], { store: unreadable });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 1, stderr: '' });
    expect(JSON.parse(run.stdout).broken).toMatchObject({ streamId: STREAM, revision: REVISION, reason: 'unreadable', foundHash: null });
  });

  it('saves the tips as an anchor, then finds the last event of a stream removed against it', () => {
    const anchor = join(dir, 'tips.json');
    const saved = runLedgerctl(['audit', 'chain', '--save-tips', anchor], { store: intact });
    expect(saved.status).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(anchor, 'utf8')).tips)).toHaveLength(100);
    expect(runLedgerctl(['audit', 'chain', '--save-tips', anchor], { store: intact })).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('already exists'),
    });

    const cut = join(dir, 'cut.db');
    copyFileSync(intact, cut);
    const db = new Database(cut);
    db.prepare('DELETE FROM events WHERE stream_id = ? AND revision = (SELECT max(revision) FROM events WHERE stream_id = ?)').run(STREAM, STREAM);
    db.close();
    expect(runLedgerctl(['audit', 'chain'], { store: cut }).status).toBe(0);
    const run = runLedgerctl(['audit', 'chain', '--against', anchor, '--json'], { store: cut });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, anchoredStreams: 100, broken: { streamId: STREAM, reason: 'truncated', foundHash: null } });
    expect(runLedgerctl(['audit', 'chain', '--against', anchor], { store: intact }).status).toBe(0);
    expect(runLedgerctl(['audit', 'chain', '--against', join(dir, 'ledger.db')], { store: intact }).status).toBe(2);
  });

  it('leaves other companies out with --company', () => {
    const run = runLedgerctl(['audit', 'chain', '--company', 'listed-co-00001', '--json'], { store: intact });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, streams: 1, events: 101 });
  });
});
