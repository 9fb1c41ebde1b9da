import { ChainAudit, ChainTips, auditChains } from '@ledger/event-store';
import { withExistingStore } from '../store-option';
import { saveAnchor } from './chain-anchor-file';

export type CopyAudit = Omit<ChainAudit, 'tips'> & { head: string | null };

/** Audits every hash chain of a copied store (and its links anchored earlier), saving its tips when asked. */
export function auditCopy(file: string, saveTips?: string, anchor?: ChainTips): Promise<CopyAudit> {
  return withExistingStore({ store: file }, async (store) => {
    const { tips, ...audit } = await auditChains(store, undefined, anchor);
    const head = await store.headPosition();
    if (audit.ok && saveTips !== undefined) saveAnchor(saveTips, { savedAt: new Date().toISOString(), head, tips });
    return { ...audit, head };
  });
}
