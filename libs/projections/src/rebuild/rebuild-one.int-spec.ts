import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import { LEDGER_PROJECTIONS } from '../ledger-projections';
import { Projector } from '../projector/projector';
import { openReadStore } from '../projector/read-store';
import { companyStatusProjection } from '../status/company-status.projection';
import { cvsSequence, toAppend } from '../testing/cvs-sequence';
import { timelineProjection } from '../timeline/timeline.projection';
import { verifyReadModel } from '../verify/verify-read-model';
import { rebuildAndSwap } from './rebuild-and-swap';

describe('A projection rebuilt and verified alone', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'rebuild-one-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('rebuilds company-status from the log and carries company-timeline over as it stands; verify tells them apart', async () => {
    const store = SqliteEventStore.open(join(dir, 'ledger.db'));
    const { position } = await store.append('company-cvs-group', cvsSequence().map(toAppend));
    const location = join(dir, 'read.db');
    const live = openReadStore(location);
    const projector = new Projector(store, live, LEDGER_PROJECTIONS);
    projector.start();
    expect(await projector.waitFor(position, 20_000)).toBe(true);
    await projector.stop();
    // Both projections' rows altered behind the projector's back.
    live.exec("UPDATE companies SET name = 'altered'; UPDATE disclosures SET regulator = 'altered'");
    live.close();

    const rebuilt = await rebuildAndSwap(store, location, LEDGER_PROJECTIONS, { only: [companyStatusProjection.name] });
    const db = openReadStore(rebuilt.file, { readonly: true });
    expect(db.prepare('SELECT name FROM companies').pluck().all()).toEqual(['CVS Group plc']);
    expect(db.prepare('SELECT DISTINCT regulator FROM disclosures').pluck().all()).toEqual(['altered']);
    db.close();

    expect((await verifyReadModel(store, rebuilt.file, [companyStatusProjection])).equal).toBe(true);
    expect((await verifyReadModel(store, rebuilt.file, [timelineProjection])).equal).toBe(false);
    await store.close();
  });
});
