import { randomUUID } from 'node:crypto';
import { join, dirname } from 'node:path';
import { setImmediate as endOfTurn } from 'node:timers/promises';
import type { EventStore, ReadStreamOptions } from '@ledger/event-store';
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import { TempStoreFile, tempStoreFile } from '@ledger/event-store/testing';
import { Ledger } from '../ledger';
import { buildDecisionIndex } from './build-decision-index';
import { DecisionIndex } from './decision-index';

const COMPANY = { companyId: 'acme-retail', name: 'Acme Retail plc' };
const STREAM = 'company-acme-retail';
const HISTORY = 3_000;
const price = (changePct: number, disclosureId = randomUUID()) => ({
  disclosureId,
  type: 'SharePriceMoved',
  source: { kind: 'news' },
  facts: { direction: 'up', changePct, price: 100 + changePct, currency: 'GBP' },
});

/** The store, counting the events its streams hand out: what a write reads of the log. */
function countingReads(inner: SqliteEventStore): { store: EventStore; eventsRead: () => number } {
  let count = 0;
  const store = new Proxy(inner, {
    get: (target, name, receiver) => {
      if (name !== 'readStream') return Reflect.get(target, name, receiver) as unknown;
      return async (stream: string, options?: ReadStreamOptions) => {
        const events = await target.readStream(stream, options);
        count += events.length;
        return events;
      };
    },
  });
  return { store, eventsRead: () => count };
}

describe('the decision index on a real SQLite store', () => {
  let temp: TempStoreFile;
  let indexFile: string;
  let store: SqliteEventStore;
  const opened: DecisionIndex[] = [];
  const indexAt = (file: string) => {
    const index = DecisionIndex.open(file);
    opened.push(index);
    return index;
  };
  const ledgerOn = (on: EventStore, decisions: DecisionIndex) =>
    new Ledger({ store: on, decisions, clock: () => new Date('2026-01-02T03:04:05Z'), newId: randomUUID, recordedBy: 'test' });

  beforeEach(async () => {
    temp = tempStoreFile('decision-index');
    indexFile = join(dirname(temp.file), 'decisions.db');
    store = SqliteEventStore.open(temp.file);
    const ledger = ledgerOn(store, indexAt(indexFile));
    expect((await ledger.registerCompany(COMPANY)).ok).toBe(true);
  });
  afterEach(async () => {
    for (const index of opened.splice(0)) index.close();
    await store.close();
    temp.remove();
  });

  it('reads only the stream’s tail for a cold write to a company of thousands of disclosures', async () => {
    const warm = ledgerOn(store, indexAt(indexFile));
    const first = price(0);
    for (let batch = 0; batch < HISTORY / 500; batch++) {
      const disclosures = Array.from({ length: 500 }, (_, i) => (batch === 0 && i === 0 ? first : price(batch + i / 1000)));
      expect(await warm.recordDisclosures(COMPANY.companyId, { disclosures })).toMatchObject({ ok: true });
    }

    // As after a restart: a new ledger on the index file, with nothing in memory. The index takes in a
    // turn's appends at the end of the turn, as a process does before it stops.
    await endOfTurn();
    const counting = countingReads(store);
    const cold = ledgerOn(counting.store, indexAt(indexFile));
    const written = await cold.recordDisclosures(COMPANY.companyId, price(7));
    expect(written).toMatchObject({ ok: true, value: { revision: HISTORY + 1, replayed: false } });
    const retry = await cold.recordDisclosures(COMPANY.companyId, first);
    expect(retry).toMatchObject({ ok: true, value: { revision: HISTORY + 1, replayed: true, disclosures: [{ revision: 1 }] } });
    const reused = await cold.recordDisclosures(COMPANY.companyId, price(99, first.disclosureId));
    expect(reused).toMatchObject({ ok: false, error: { code: 'DisclosureIdConflict' } });
    // Each write reads the event the index stands at; the retry also reads its original event.
    expect(counting.eventsRead()).toBeLessThanOrEqual(4);
  });

  it('is built for the whole log in one pass, after which a write reads only the index’s own tip', async () => {
    const elsewhere = ledgerOn(store, indexAt(':memory:'));
    await elsewhere.registerCompany({ companyId: 'other-co', name: 'Other plc' });
    const first = price(1);
    await elsewhere.recordDisclosures(COMPANY.companyId, { disclosures: [first, price(2), price(3)] });
    await elsewhere.correctDisclosure(COMPANY.companyId, first.disclosureId, { facts: { price: 120 }, reason: 'misread' });
    await elsewhere.recordDisclosures('other-co', price(4));

    const built = indexAt(join(dirname(temp.file), 'built.db'));
    expect(await buildDecisionIndex(store, built)).toBe(1 + 4 + 2);
    expect(built.tip(COMPANY.companyId)?.revision).toBe(4);
    expect(built.tip('other-co')?.revision).toBe(1);
    expect(built.state(COMPANY.companyId, [first.disclosureId]).disclosures.get(first.disclosureId)?.facts).toMatchObject({ price: 120 });

    const counting = countingReads(store);
    const retry = await ledgerOn(counting.store, built).recordDisclosures(COMPANY.companyId, first);
    expect(retry).toMatchObject({ ok: true, value: { replayed: true, disclosures: [{ revision: 1 }] } });
    expect(counting.eventsRead()).toBe(2);
  });

  it('catches up with what another process wrote, reading only those events', async () => {
    const ours = ledgerOn(store, indexAt(indexFile));
    await ours.recordDisclosures(COMPANY.companyId, price(1));
    const warm = ledgerOn(store, indexAt(join(dirname(temp.file), 'warm-decisions.db')));
    await warm.recordDisclosures(COMPANY.companyId, price(1.5));
    const rivalStore = SqliteEventStore.open(temp.file);
    try {
      const rival = ledgerOn(rivalStore, indexAt(join(dirname(temp.file), 'rival-decisions.db')));
      const theirs = price(2);
      for (const body of [theirs, price(3), price(4)]) expect(await rival.recordDisclosures(COMPANY.companyId, body)).toMatchObject({ ok: true });

      const counting = countingReads(store);
      const caughtUp = ledgerOn(counting.store, indexAt(indexFile));
      const retry = await caughtUp.recordDisclosures(COMPANY.companyId, theirs);
      expect(retry).toMatchObject({ ok: true, value: { replayed: true, revision: 5, disclosures: [{ revision: 3 }] } });
      // The tip it stands at, the four events written elsewhere since, and the retried original.
      expect(counting.eventsRead()).toBe(1 + 4 + 1);
      expect(await caughtUp.recordDisclosures(COMPANY.companyId, price(5), { expectedRevision: 5 })).toMatchObject({ ok: true, value: { revision: 6 } });

      // A warm ledger that has not read the stream since its last write still tells a retry from a
      // reused id, and a new write from it lands after the others.
      expect(await warm.recordDisclosures(COMPANY.companyId, theirs)).toMatchObject({
        ok: true,
        value: { replayed: true, revision: 6, disclosures: [{ revision: 3 }] },
      });
      expect(await warm.recordDisclosures(COMPANY.companyId, price(99, theirs.disclosureId))).toMatchObject({
        ok: false,
        error: { code: 'DisclosureIdConflict' },
      });
      expect(await warm.recordDisclosures(COMPANY.companyId, price(6))).toMatchObject({ ok: true, value: { revision: 7 } });
    } finally {
      await rivalStore.close();
    }
  });

  it('answers a retry with 200 after a crash between the append and the index update', async () => {
    const body = price(1);
    // The append is durable, then the process dies before the index takes the event in.
    const crashing = new Proxy(store, {
      get: (target, name, receiver) =>
        name === 'append'
          ? async (...args: Parameters<EventStore['append']>) => {
              await target.append(...args);
              throw new Error('crashed after the append');
            }
          : (Reflect.get(target, name, receiver) as unknown),
    });
    await expect(ledgerOn(crashing, indexAt(indexFile)).recordDisclosures(COMPANY.companyId, body)).rejects.toThrow('crashed after the append');
    expect(indexAt(indexFile).tip(COMPANY.companyId)?.revision).toBe(0);

    const restarted = ledgerOn(store, indexAt(indexFile));
    const retry = await restarted.recordDisclosures(COMPANY.companyId, body);
    expect(retry).toMatchObject({ ok: true, value: { replayed: true, revision: 1, disclosures: [{ disclosureId: body.disclosureId, revision: 1 }] } });
    expect(await store.readStream(STREAM)).toHaveLength(2);
  });

  it('keeps a corrected disclosure’s current facts, so a later correction is checked against them', async () => {
    const ledger = ledgerOn(store, indexAt(indexFile));
    const original = price(1);
    await ledger.recordDisclosures(COMPANY.companyId, original);
    const corrected = await ledger.correctDisclosure(COMPANY.companyId, original.disclosureId, { facts: { currency: null }, reason: 'unknown currency' });
    expect(corrected).toMatchObject({ ok: true });
    await endOfTurn();

    const restarted = ledgerOn(store, indexAt(indexFile));
    expect(indexAt(indexFile).state(COMPANY.companyId, [original.disclosureId]).disclosures.get(original.disclosureId)?.facts).toEqual({
      direction: 'up',
      changePct: 1,
      price: 101,
    });
    const retracted = await restarted.retractDisclosure(COMPANY.companyId, original.disclosureId, { reason: 'wrong company' });
    expect(retracted).toMatchObject({ ok: true, value: { revision: 3 } });
    const again = await restarted.retractDisclosure(COMPANY.companyId, original.disclosureId, { reason: 'again' });
    expect(again).toMatchObject({ ok: false, error: { code: 'DisclosureAlreadyRetracted' } });
  });

  it('drops and rebuilds a company whose stream is not the one it indexed (another store at the same path)', async () => {
    const ledger = ledgerOn(store, indexAt(indexFile));
    const body = price(1);
    await ledger.recordDisclosures(COMPANY.companyId, body);
    const otherTemp = tempStoreFile('decision-index-other');
    const otherStore = SqliteEventStore.open(otherTemp.file);
    try {
      const onOther = ledgerOn(otherStore, indexAt(indexFile));
      expect(await onOther.recordDisclosures(COMPANY.companyId, body)).toMatchObject({ ok: false, error: { code: 'CompanyNotRegistered' } });
      expect(indexAt(indexFile).tip(COMPANY.companyId)).toBeNull();
    } finally {
      await otherStore.close();
      otherTemp.remove();
    }
  });
});
