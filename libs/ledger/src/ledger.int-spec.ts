import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import { TempStoreFile, tempStoreFile } from '@ledger/event-store/testing/temp-store-file';
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
    expect(event.metadata).toMatchObject({ recordedAt: '2026-01-02T03:04:05.000Z', recordedBy: 'test', correlationId: 'c-1', causationId: 'r-1', schemaVersion: 1 });
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

  it('returns user errors as values and writes nothing', async () => {
    const invalid = await ledger.recordDisclosures(COMPANY.companyId, { type: 'SharePriceMoved', source: { kind: 'news' }, facts: { direction: 'up', price: -1 } });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'ValidationFailed', errors: [{ path: 'facts.price' }] } });
    const unknown = await ledger.recordDisclosures('nobody-here', other('x'));
    expect(unknown).toMatchObject({ ok: false, error: { code: 'CompanyNotRegistered' } });
    expect(await store.readStream('company-acme-retail')).toHaveLength(1);
    expect(await store.readStream('company-nobody-here')).toEqual([]);
  });
});
