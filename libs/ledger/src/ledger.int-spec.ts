import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import { TempStoreFile, tempStoreFile } from '@ledger/event-store/testing';
import { Ledger } from './ledger';

const COMPANY = { companyId: 'acme-retail', name: 'Acme Retail plc' };
const other = (summary: string, disclosureId = randomUUID()) => ({
  disclosureId,
  type: 'OtherDisclosure',
  source: { kind: 'manual' },
  facts: { summary },
});

describe('Ledger on a real SQLite store', () => {
  let temp: TempStoreFile;
  let store: SqliteEventStore;
  let ledger: Ledger;
  const ledgerOn = (s: SqliteEventStore) => new Ledger({ store: s, clock: () => new Date('2026-01-02T03:04:05Z'), newId: randomUUID, recordedBy: 'test' });

  beforeEach(async () => {
    temp = tempStoreFile('ledger');
    store = SqliteEventStore.open(temp.file);
    ledger = ledgerOn(store);
    const registered = await ledger.registerCompany(COMPANY);
    expect(registered.ok).toBe(true);
  });
  afterEach(async () => {
    await store.close();
    temp.remove();
  });

  it('records metadata from the clock and the caller, and chains the events', async () => {
    const written = await ledger.recordDisclosures(COMPANY.companyId, other('first'), { correlationId: 'c-1', causationId: 'r-1' });
    expect(written).toMatchObject({ ok: true, value: { revision: 1, replayed: false } });
    const [, event] = await store.readStream('company-acme-retail');
    expect(event.metadata).toMatchObject({
      recordedAt: '2026-01-02T03:04:05.000Z',
      recordedBy: 'test',
      correlationId: 'c-1',
      causationId: 'r-1',
      schemaVersion: 1,
    });
    expect(event.metadata.prevHash).not.toBe(event.metadata.hash);
  });

  it('answers a retry with the original revision and position, even under a stale If-Match', async () => {
    const body = other('retried');
    const first = await ledger.recordDisclosures(COMPANY.companyId, body, { expectedRevision: 0 });
    await ledger.recordDisclosures(COMPANY.companyId, other('later'));
    const retry = await ledger.recordDisclosures(COMPANY.companyId, body, { expectedRevision: 0 });
    expect(first.ok && retry.ok).toBe(true);
    if (!first.ok || !retry.ok) return;
    expect(retry.value).toEqual({ ...first.value, revision: 2, replayed: true });
    expect(await store.readStream('company-acme-retail')).toHaveLength(3);
  });

  it('decides on what other writers recorded meanwhile, and If-Match still guards', async () => {
    const rival = ledgerOn(store);
    await ledger.recordDisclosures(COMPANY.companyId, other('warm the cache'));
    await rival.recordDisclosures(COMPANY.companyId, other('rival moves first'));
    const unconditional = await ledger.recordDisclosures(COMPANY.companyId, other('decided again on the newer state'));
    expect(unconditional).toMatchObject({ ok: true, value: { revision: 3 } });

    await rival.recordDisclosures(COMPANY.companyId, other('rival again'));
    const conditional = await ledger.recordDisclosures(COMPANY.companyId, other('stale'), { expectedRevision: 3 });
    expect(conditional).toMatchObject({ ok: false, error: { code: 'RevisionMismatch', expected: 3, actual: 4 } });
    expect(await store.readStream('company-acme-retail')).toHaveLength(5);
  });

  describe('with writers on other connections, as in other processes, each with its own cache', () => {
    const onRivalConnections = async (count: number, race: (ledgers: Ledger[]) => Promise<unknown>) => {
      const stores = Array.from({ length: count }, () => SqliteEventStore.open(temp.file));
      try {
        await race(stores.map(ledgerOn));
      } finally {
        await Promise.all(stores.map((rival) => rival.close()));
      }
    };

    it('records every write made without If-Match, however many race for the same company', async () => {
      await onRivalConnections(3, async (ledgers) => {
        const results = await Promise.all(Array.from({ length: 60 }, (_, i) => ledgers[i % 3].recordDisclosures(COMPANY.companyId, other(`burst ${i}`))));
        expect(results.filter((result) => !result.ok)).toEqual([]);
      });
      const events = await store.readStream('company-acme-retail');
      expect(events.map((event) => event.revision)).toEqual(Array.from({ length: 61 }, (_, i) => i));
    });

    it('answers one of several identical requests as the write, and every other one as a retry', async () => {
      const body = other('sent six times at once');
      await onRivalConnections(3, async (ledgers) => {
        const results = await Promise.all(
          ledgers.flatMap((rival) => [rival.recordDisclosures(COMPANY.companyId, body), rival.recordDisclosures(COMPANY.companyId, body)]),
        );
        expect(results.map((result) => result.ok && result.value.replayed).sort()).toEqual([false, true, true, true, true, true]);
        expect(new Set(results.map((result) => result.ok && result.value.disclosures[0].revision))).toEqual(new Set([1]));
      });
      expect(await store.readStream('company-acme-retail')).toHaveLength(2);
    });
  });

  it('returns user errors as values and writes nothing', async () => {
    const invalid = await ledger.recordDisclosures(COMPANY.companyId, {
      type: 'SharePriceMoved',
      source: { kind: 'news' },
      facts: { direction: 'up', price: -1 },
    });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'ValidationFailed', errors: [{ path: 'facts.price' }] } });
    const unknown = await ledger.recordDisclosures('nobody-here', other('x'));
    expect(unknown).toMatchObject({ ok: false, error: { code: 'CompanyNotRegistered' } });
    expect(await store.readStream('company-acme-retail')).toHaveLength(1);
    expect(await store.readStream('company-nobody-here')).toEqual([]);
  });
});
