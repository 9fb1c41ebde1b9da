import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import { LEDGER_PROJECTIONS } from '../ledger-projections';
import { cvsSequence, toAppend } from '../testing/cvs-sequence';
import { ProjectorThread } from './projector-thread';
import { applyReadSchema, openReadStore, readCheckpoints } from './read-store';

/** The nice value of each thread of this process, the main thread's first (Linux). */
function threadNiceValues(): number[] {
  const tasks = readdirSync('/proc/self/task').sort((a, b) => Number(a !== String(process.pid)) - Number(b !== String(process.pid)));
  // Fields after the command name's closing parenthesis start at the third; the nice value is the nineteenth.
  return tasks.map((task) => Number(readFileSync(`/proc/self/task/${task}/stat`, 'utf8').split(') ')[1].split(' ')[16]));
}

describe('ProjectorThread: the projector on a thread of its own, told of by message', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'projector-thread-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the log and writes the read store on its thread; the caller learns the checkpoint, also of appends made after it started', async () => {
    const store = SqliteEventStore.open(join(dir, 'ledger.db'));
    const events = cvsSequence();
    await store.append('company-cvs-group', events.slice(0, 4).map(toAppend));
    const file = join(dir, 'read.db');
    const db = openReadStore(file);
    applyReadSchema(db, LEDGER_PROJECTIONS);
    const names = LEDGER_PROJECTIONS.map(({ name }) => name);
    const runs = LEDGER_PROJECTIONS.map(({ name, version }) => ({ name, version, checkpoint: null, stopped: null }));
    const errors: Error[] = [];
    const thread = new ProjectorThread({ storeLocation: join(dir, 'ledger.db'), file, projections: names }, runs, null, {
      onError: (error) => errors.push(error),
    });
    thread.start();
    expect(await thread.waitFor('4', 20_000)).toBe(true);
    const { position } = await store.append('company-cvs-group', events.slice(4).map(toAppend), { expectedRevision: 3 });
    expect(await thread.waitFor(position, 20_000)).toBe(true);
    expect(thread.checkpoint).toBe(position);
    const niceValues = process.platform === 'linux' ? threadNiceValues() : null;
    expect(thread.runs().map((run) => [run.name, run.checkpoint])).toEqual(names.map((name) => [name, position]));
    expect(thread.resume('company-status')).toBe(false);
    expect(await thread.replay('company-status')).toEqual({ applied: [], failed: [] });
    await thread.stop();

    if (niceValues) {
      // The projector runs beside the serving thread at a lower CPU priority; the serving thread keeps its own.
      const [main, ...others] = niceValues;
      expect(main).toBe(0);
      expect(others).toContain(10);
    }
    expect(readCheckpoints(db).map((row) => row.position)).toEqual([position, position]);
    expect(db.prepare('SELECT count(*) FROM disclosures').pluck().get()).toBe(events.length - 1);
    expect(errors).toEqual([]);
    db.close();
    await store.close();
  });
});
