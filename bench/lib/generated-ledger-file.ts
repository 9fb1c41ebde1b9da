import { SqliteEventStore } from '@ledger/event-store/sqlite';
import { GeneratedLedgerShape, appendGeneratedLedger } from '@ledger/event-store/testing';
import { formatRate } from './format';

/** Writes the generated ledger into a new SQLite store file; returns the store (open) and the event count. */
export async function writeGeneratedLedger(file: string, shape: GeneratedLedgerShape): Promise<{ store: SqliteEventStore; events: number }> {
  console.error(`writing ${formatRate(shape.disclosures)} disclosures over ${formatRate(shape.companies)} companies...`);
  const store = SqliteEventStore.open(file, { synchronous: 'NORMAL' });
  return { store, events: await appendGeneratedLedger(store, shape) };
}
