import type { EventToAppend, RecordedEvent } from '@ledger/event-store';

const COMPANY_ID = 'cvs-group';
let nextPosition = 1;

export const DISCLOSURE_ID = (revision: number) => `00000000-0000-4000-8000-${String(revision).padStart(12, '0')}`;

/** A stored event of the cvs-group stream, as the log would return it. */
export function recorded(revision: number, type: string, data: Record<string, unknown>, recordedAt: string): RecordedEvent {
  const id = DISCLOSURE_ID(revision);
  return {
    streamId: `company-${COMPANY_ID}`,
    revision,
    position: String(nextPosition++),
    id,
    type,
    data: type === 'CompanyRegistered' ? data : { companyId: COMPANY_ID, disclosureId: id, ...data },
    metadata: { recordedAt, prevHash: '', hash: '' },
  };
}

const SOURCE = { kind: 'news', publisher: 'Alliance News' };

function disclosure(revision: number, type: string, occurredAt: string, facts: Record<string, unknown>): RecordedEvent {
  return recorded(
    revision,
    type,
    { occurredAt, disclosedAt: `${occurredAt.slice(0, 10)}T18:00:00Z`, source: SOURCE, facts },
    `${occurredAt.slice(0, 10)}T20:00:00.000Z`,
  );
}

/** The CVS Group incident of April–May 2024, one event per step. */
export function cvsSequence(): RecordedEvent[] {
  return [
    recorded(
      0,
      'CompanyRegistered',
      {
        companyId: COMPANY_ID,
        name: 'CVS Group plc',
        aliases: ['CVS'],
        identifiers: { isin: 'GB00B2863827', tickers: [{ symbol: 'CVSG', venue: 'AIM' }] },
        country: 'GB',
      },
      '2024-04-01T09:00:00.000Z',
    ),
    disclosure(1, 'BreachAnnounced', '2024-04-29', { externalAccess: true, systemsAffected: 'limited number of IT systems' }),
    disclosure(2, 'SystemsTakenOffline', '2024-04-30', { systems: 'IT systems' }),
    disclosure(3, 'ExternalAdvisersEngaged', '2024-05-01', { advisers: 'specialist consultants' }),
    disclosure(4, 'RegulatorNotified', '2024-05-02', { regulator: 'ICO' }),
    disclosure(5, 'SystemsRestored', '2024-05-03', { partial: true, summary: 'some systems run less efficiently' }),
    disclosure(6, 'RegulatoryProbeOpened', '2024-05-04', { regulator: 'CMA', scope: 'UK veterinary services market', stage: 'provisional' }),
    disclosure(7, 'SharePriceMoved', '2024-05-05', { direction: 'up', changePct: 2.3, price: 966, currency: 'GBX', venue: 'LSE' }),
  ];
}

/** The event as a writer would append it again. */
export function toAppend(event: RecordedEvent): EventToAppend {
  return { id: event.id, type: event.type, data: event.data, metadata: { recordedAt: event.metadata.recordedAt } };
}
