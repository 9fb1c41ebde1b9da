import Database from 'better-sqlite3';
import { companyIdFromStream } from '@ledger/disclosures';
import { LEDGER_PROJECTIONS, TableSpec, createDeferredIndexes, openReadStore } from '@ledger/projections';
import { secondsTaken } from './timing';

const CREATE_INDEX = /^\s*CREATE\s+(?:UNIQUE\s+)?INDEX/i;

type Values = unknown[];

/** A table's rows as a catch-up left them, by what the log reaches them with. */
interface TableRowsByKey {
  spec: TableSpec;
  /** One disclosure's rows (tables keyed by company and revision), or else one company's rows. */
  perDisclosure: boolean;
  rows: Map<string, Values[]>;
}

const disclosureKey = (companyId: string, revision: number) => `${companyId}\u0000${revision}`;

function loadRows(readStore: Database.Database, spec: TableSpec): TableRowsByKey {
  const perDisclosure = spec.columns.includes('company_id') && spec.columns.includes('revision');
  const [company, revision] = [spec.columns.indexOf('company_id'), spec.columns.indexOf('revision')];
  const rows = new Map<string, Values[]>();
  for (const row of readStore
    .prepare(`SELECT ${spec.columns.join(', ')} FROM ${spec.name}`)
    .raw()
    .iterate() as Iterable<Values>) {
    const key = perDisclosure ? disclosureKey(row[company] as string, row[revision] as number) : (row[company] as string);
    const list = rows.get(key);
    if (list) list.push(row);
    else rows.set(key, [row]);
  }
  return { spec, perDisclosure, rows };
}

/** What the floor writes: the built read store's rows, and the log's order of disclosures. */
export interface FloorRows {
  order: (readonly [string, number])[];
  tables: TableRowsByKey[];
}

/** Loads the rows a catch-up left in `builtReadStore`, and the order in which `logFile` reaches them. */
export function loadFloorRows(logFile: string, builtReadStore: string): FloorRows {
  const log = new Database(logFile, { readonly: true });
  const order = (log.prepare('SELECT stream_id, revision FROM events ORDER BY position').raw().all() as [string, number][])
    .map(([stream, revision]) => [companyIdFromStream(stream), revision] as const)
    .filter((entry): entry is readonly [string, number] => entry[0] !== null);
  log.close();
  const source = new Database(builtReadStore, { readonly: true });
  const tables = LEDGER_PROJECTIONS.flatMap((projection) => projection.tables).map((spec) => loadRows(source, spec));
  source.close();
  return { order, tables };
}

/**
 * Writes `rows` into a new file with the read store's schema and settings, by plain prepared INSERTs and
 * no projection code. In the log's order and in transactions of `batchEvents` events, as the projector
 * writes them: a disclosure's rows when the log reaches it, a company's own rows (its status, its probes)
 * once in each batch that touches the company; the deferred indexes made at the end. Stops early, between
 * two transactions, once `stop` says so. Returns the events written.
 */
export async function writeFloorRows(
  { order, tables }: FloorRows,
  targetFile: string,
  batchEvents: number,
  stop: () => boolean = () => false,
): Promise<number> {
  const db = openReadStore(targetFile, { cacheMiB: 64 });
  try {
    for (const { spec } of tables) for (const ddl of spec.ddl) if (!(spec.deferIndexes && CREATE_INDEX.test(ddl))) db.exec(ddl);
    const inserts = tables.map(({ spec }) =>
      db.prepare(`INSERT OR REPLACE INTO ${spec.name} (${spec.columns.join(', ')}) VALUES (${spec.columns.map(() => '?').join(', ')})`),
    );
    const writeBatch = db.transaction((batch: readonly (readonly [string, number])[]) => {
      const companies = new Set<string>();
      for (const [companyId, revision] of batch) {
        companies.add(companyId);
        tables.forEach(({ perDisclosure, rows }, t) => {
          if (perDisclosure) for (const row of rows.get(disclosureKey(companyId, revision)) ?? []) inserts[t].run(row);
        });
      }
      for (const companyId of companies) {
        tables.forEach(({ perDisclosure, rows }, t) => {
          if (!perDisclosure) for (const row of rows.get(companyId) ?? []) inserts[t].run(row);
        });
      }
    });
    let written = 0;
    for (; written < order.length && !stop(); written += batchEvents) {
      writeBatch.immediate(order.slice(written, written + batchEvents));
      // Lets a message that says stop arrive between two transactions.
      await new Promise((next) => setImmediate(next));
    }
    if (written >= order.length) createDeferredIndexes(db, LEDGER_PROJECTIONS);
    return Math.min(written, order.length);
  } finally {
    db.close();
  }
}

/**
 * The floor of a catch-up's writes on this machine: the rows a catch-up left in `builtReadStore` (loaded
 * first, not timed) written again by `writeFloorRows`. Less work than a catch-up does (each row in its
 * final form, no reads), so a rate no projector can beat.
 */
export async function rowWriteFloor(
  logFile: string,
  builtReadStore: string,
  targetFile: string,
  batchEvents: number,
): Promise<{ events: number; seconds: number }> {
  const rows = loadFloorRows(logFile, builtReadStore);
  let events = 0;
  const seconds = await secondsTaken(async () => {
    events = await writeFloorRows(rows, targetFile, batchEvents);
  });
  return { events, seconds };
}
