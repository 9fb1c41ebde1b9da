import { EventStore } from '../port/event-store';
import { ChainTips } from './chain-anchor';
import { ChainAudit, auditChains } from './audit-chains';

/** A chain audit as ledgerctl prints it and the HTTP API answers it: what was checked, where the log stood, how long it took. */
export interface ChainAuditReport extends Omit<ChainAudit, 'tips'> {
  /** The stream audited, or `company-*` for every company stream. */
  scope: string;
  /** The log's last position when the audit ended. */
  head: string | null;
  durationMs: number;
  /** With an anchor: how many streams it names. */
  anchoredStreams?: number;
}

export interface ChainAuditOutcome {
  report: ChainAuditReport;
  /** Each stream's last link as read: an anchor for a later audit. */
  tips: ChainTips;
  /** False when one stream was asked for and the log holds none of its events. */
  found: boolean;
}

/** Audits the chain of every company stream, or of `streamId` alone, against `anchor` when given, and reports it. */
export async function chainAuditReport(store: EventStore, options: { streamId?: string; anchor?: ChainTips } = {}): Promise<ChainAuditOutcome> {
  const { streamId, anchor } = options;
  const startedAt = performance.now();
  const { tips, ...audit } = await auditChains(store, streamId, anchor);
  const head = await store.headPosition();
  const anchored = anchor === undefined ? {} : { anchoredStreams: Object.keys(anchor).length };
  const report = { ...audit, ...anchored, scope: streamId ?? 'company-*', head, durationMs: Math.round(performance.now() - startedAt) };
  return { report, tips, found: streamId === undefined || audit.events > 0 || !audit.ok };
}
