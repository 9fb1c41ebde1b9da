import { randomUUID } from 'node:crypto';
import { StoreUnavailableError } from '../port/errors';
import { EventToAppend } from '../port/event-store';
import { TempStoreFile, tempStoreFile } from '../testing/temp-store-file';
import { SqliteEventStore } from './sqlite-event-store';

const event = (n: number): EventToAppend => ({ id: randomUUID(), type: 'Counted', data: { n, padding: 'x'.repeat(800) } });

describe('SqliteEventStore with maxPages (a quota, or a full disk in tests)', () => {
  let temp: TempStoreFile;
  beforeEach(() => {
    temp = tempStoreFile();
  });
  afterEach(() => temp.remove());

  it('refuses appends once full with StoreUnavailableError, writing nothing of them, and takes them again without the cap', async () => {
    const full = SqliteEventStore.open(temp.file, { maxPages: 30 });
    let appended = 0;
    let refusal: unknown;
    while (refusal === undefined && appended < 10_000) {
      await full.append('company-a', [event(appended), event(appended + 1)]).then(
        () => (appended += 2),
        (error: unknown) => (refusal = error),
      );
    }
    expect(refusal).toBeInstanceOf(StoreUnavailableError);
    expect((refusal as Error).message).toMatch(/full/);
    // Groups of concurrent appends fail whole too.
    const concurrent = await Promise.allSettled([full.append('company-b', [event(0)]), full.append('company-c', [event(0), event(1)])]);
    expect(concurrent.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    expect(await full.headPosition()).toBe(String(appended));
    await full.close();

    const roomy = SqliteEventStore.open(temp.file);
    await roomy.append('company-a', [event(appended)], { expectedRevision: appended - 1 });
    expect(await roomy.readStream('company-a')).toHaveLength(appended + 1);
    await roomy.close();
  });
});
