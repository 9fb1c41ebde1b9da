import Database from 'better-sqlite3';
import { CompanyEvent, CompanyState, DisclosureEvent, RecordedDisclosure, disclosureChanges } from '@ledger/disclosures';
import { prepareDecisionIndex } from './decision-index-schema';

/** An event of a company stream at its revision, as the index takes it in. */
export interface IndexedEvent {
  revision: number;
  id: string;
  event: CompanyEvent;
}

/** Where the index stands for a company: the revision it has applied and the id of that event. */
export interface IndexTip {
  revision: number;
  id: string;
}

interface CompanyRow {
  revision: number;
  registered: number;
  tip_id: string;
}

interface DisclosureRow {
  revision: number;
  type: string;
  fingerprint: string;
  facts: string;
  occurred_at: string | null;
  retracted: number;
}

/**
 * The write side's decision index: per company the revision applied, per disclosure what a decision
 * needs of it (revision, type, fingerprint, current facts, business time, retracted). A cache of the
 * log on disk, in a SQLite file of its own: a company's rows and revision change in one transaction,
 * so the revision it claims is never ahead of its rows, and whatever it lacks is read again from the
 * stream after that revision. Its memory is SQLite's page cache, whatever the size of the log.
 */
export class DecisionIndex {
  private readonly tipQuery: Database.Statement<[string], CompanyRow>;
  private readonly disclosureQuery: Database.Statement<[string, string], DisclosureRow>;
  private readonly saveCompany: Database.Statement<[string, number, number, string]>;
  private readonly saveDisclosure: Database.Statement<[string, string, number, string, string, string, string | null, number]>;
  private readonly forgetCompany: Database.Statement<[string]>;
  private readonly forgetDisclosures: Database.Statement<[string]>;
  private readonly applyInTransaction: Database.Transaction<(companyId: string, events: readonly IndexedEvent[]) => void>;
  private readonly applyAllInTransaction: Database.Transaction<(byCompany: ReadonlyMap<string, readonly IndexedEvent[]>) => void>;

  private constructor(private readonly db: Database.Database) {
    prepareDecisionIndex(db);
    this.tipQuery = db.prepare('SELECT revision, registered, tip_id FROM companies WHERE company_id = ?');
    this.disclosureQuery = db.prepare(
      'SELECT revision, type, fingerprint, facts, occurred_at, retracted FROM disclosures WHERE company_id = ? AND disclosure_id = ?',
    );
    this.saveCompany = db.prepare(
      'INSERT INTO companies (company_id, revision, registered, tip_id) VALUES (?, ?, ?, ?) ' +
        'ON CONFLICT (company_id) DO UPDATE SET revision = excluded.revision, registered = excluded.registered, tip_id = excluded.tip_id',
    );
    this.saveDisclosure = db.prepare('INSERT OR REPLACE INTO disclosures VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    this.forgetCompany = db.prepare('DELETE FROM companies WHERE company_id = ?');
    this.forgetDisclosures = db.prepare('DELETE FROM disclosures WHERE company_id = ?');
    this.applyInTransaction = db.transaction((companyId: string, events: readonly IndexedEvent[]) => this.applyNow(companyId, events));
    this.applyAllInTransaction = db.transaction((byCompany: ReadonlyMap<string, readonly IndexedEvent[]>) => {
      for (const [companyId, events] of byCompany) this.applyNow(companyId, events);
    });
  }

  /** Opens (creating it when absent) the index at `file`; ':memory:' keeps it in this process only. */
  static open(file: string): DecisionIndex {
    return new DecisionIndex(new Database(file));
  }

  tip(companyId: string): IndexTip | null {
    const row = this.tipQuery.get(companyId);
    return row ? { revision: row.revision, id: row.tip_id } : null;
  }

  /** The decision state of the company holding only the disclosures `ids` (lowercase) that it has. */
  state(companyId: string, ids: readonly string[]): CompanyState {
    const row = this.tipQuery.get(companyId);
    const disclosures = new Map<string, RecordedDisclosure>();
    for (const id of ids) {
      const recorded = this.disclosure(companyId, id);
      if (recorded) disclosures.set(id, recorded);
    }
    return { registered: row?.registered === 1, companyId: row?.registered === 1 ? companyId : null, revision: row?.revision ?? -1, disclosures };
  }

  /**
   * Applies the company's events that follow its revision here, in one transaction; events it has
   * already applied are skipped (another request or process got there first), and it stops at a gap.
   */
  apply(companyId: string, events: readonly IndexedEvent[]): void {
    if (events.length > 0) this.applyInTransaction.immediate(companyId, events);
  }

  /** As apply, for the events of many companies in one transaction: the bulk path of a rebuild. */
  applyAll(byCompany: ReadonlyMap<string, readonly IndexedEvent[]>): void {
    if (byCompany.size > 0) this.applyAllInTransaction.immediate(byCompany);
  }

  /** Drops what the index holds of the company: the next load reads its stream from the start. */
  forget(companyId: string): void {
    this.db.transaction(() => {
      this.forgetCompany.run(companyId);
      this.forgetDisclosures.run(companyId);
    })();
  }

  close(): void {
    this.db.close();
  }

  private applyNow(companyId: string, events: readonly IndexedEvent[]): void {
    const row = this.tipQuery.get(companyId);
    let revision = row?.revision ?? -1;
    let registered = row?.registered === 1;
    let tipId = row?.tip_id ?? '';
    const changed = new Map<string, RecordedDisclosure>();
    for (const { revision: at, id, event } of events) {
      if (at <= revision) continue;
      if (at !== revision + 1) break;
      if (event.type === 'CompanyRegistered') registered = true;
      else {
        const state = { registered, companyId, revision, disclosures: this.targetOf(companyId, event, changed) };
        for (const [disclosureId, recorded] of disclosureChanges(state, event)) changed.set(disclosureId, recorded);
      }
      revision = at;
      tipId = id;
    }
    if (revision === (row?.revision ?? -1)) return;
    for (const [disclosureId, d] of changed) {
      this.saveDisclosure.run(companyId, disclosureId, d.revision, d.type, d.fingerprint, JSON.stringify(d.facts), d.occurredAt ?? null, d.retracted ? 1 : 0);
    }
    this.saveCompany.run(companyId, revision, registered ? 1 : 0, tipId);
  }

  /** The one disclosure an amendment changes besides itself, from this transaction's changes first. */
  private targetOf(companyId: string, event: DisclosureEvent, changed: Map<string, RecordedDisclosure>): Map<string, RecordedDisclosure> {
    const targets = new Map<string, RecordedDisclosure>();
    if (event.type !== 'DisclosureCorrected' && event.type !== 'DisclosureRetracted') return targets;
    const targetId = event.data.facts.disclosureId;
    const target = changed.get(targetId) ?? this.disclosure(companyId, targetId);
    if (target) targets.set(targetId, target);
    return targets;
  }

  private disclosure(companyId: string, id: string): RecordedDisclosure | undefined {
    const row = this.disclosureQuery.get(companyId, id);
    if (!row) return undefined;
    const recorded: RecordedDisclosure = {
      type: row.type as RecordedDisclosure['type'],
      revision: row.revision,
      fingerprint: row.fingerprint,
      facts: JSON.parse(row.facts) as Record<string, unknown>,
      retracted: row.retracted === 1,
    };
    if (row.occurred_at !== null) recorded.occurredAt = row.occurred_at;
    return recorded;
  }
}
