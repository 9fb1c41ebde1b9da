import { statusAsOf } from '../as-of/status-as-of';
import { LEDGER_PROJECTIONS } from '../ledger-projections';
import { InMemoryReadModel } from '../testing/in-memory-read-model';
import { DISCLOSURE_ID, cvsSequence, recorded } from '../testing/cvs-sequence';
import { DisclosureRow } from '../timeline/timeline.projection';
import { COMPANIES_TABLE, CompanyRow, PROBES_TABLE, ProbeRow } from './company-status.projection';

function statusAfter(...events: ReturnType<typeof recorded>[]) {
  const model = new InMemoryReadModel(LEDGER_PROJECTIONS).given(...events);
  return { model, status: model.get<CompanyRow>(COMPANIES_TABLE, ['cvs-group'])!.status };
}

describe('company-status projection', () => {
  it('shows the CVS Group sequence: incident restored with degraded operation, CMA probe, last share price', () => {
    const { model, status } = statusAfter(...cvsSequence());
    expect(status).toMatchObject({
      name: 'CVS Group plc',
      aliases: ['CVS'],
      identifiers: { isin: 'GB00B2863827' },
      incident: {
        state: 'restored-degraded',
        externalAccess: true,
        milestones: {
          announced: '2024-04-29',
          offline: '2024-04-30',
          advisersEngaged: '2024-05-01',
          regulatorsNotified: [{ regulator: 'ICO', at: '2024-05-02' }],
          restored: '2024-05-03',
        },
      },
      probes: [{ regulator: 'CMA', scope: 'UK veterinary services market', stage: 'provisional', status: 'open', since: '2024-05-04' }],
      sharePrice: { price: 966, currency: 'GBX', changePct: 2.3, direction: 'up', venue: 'LSE', at: '2024-05-05' },
      firstDisclosureAt: '2024-04-29',
      lastDisclosureAt: '2024-05-05',
      revision: 7,
    });
    expect(status.counts).toEqual({
      BreachAnnounced: 1,
      SystemsTakenOffline: 1,
      ExternalAdvisersEngaged: 1,
      RegulatorNotified: 1,
      SystemsRestored: 1,
      RegulatoryProbeOpened: 1,
      SharePriceMoved: 1,
    });
    expect(model.rows<ProbeRow>(PROBES_TABLE)).toEqual([expect.objectContaining({ company_id: 'cvs-group', regulator: 'CMA', status: 'open' })]);
  });

  it('re-applies a corrected disclosure with its current facts', () => {
    const correction = recorded(
      8,
      'DisclosureCorrected',
      { source: { kind: 'manual' }, facts: { disclosureId: DISCLOSURE_ID(7), facts: { price: 970 }, reason: 'typo' } },
      '2024-05-06T10:00:00.000Z',
    );
    const { model, status } = statusAfter(...cvsSequence(), correction);
    expect(status.sharePrice).toMatchObject({ price: 970, changePct: 2.3 });
    expect(status.revision).toBe(8);
    const [row] = model.list<DisclosureRow>('disclosures', { company_id: 'cvs-group', disclosure_id: DISCLOSURE_ID(7) }, 'revision');
    expect(row.entry).toMatchObject({ facts: { price: 970 }, original: { facts: { price: 966 } }, corrections: [{ reason: 'typo', facts: { price: 970 } }] });
  });

  it('removes the effect of a retracted disclosure, and its probe row', () => {
    const retraction = recorded(
      8,
      'DisclosureRetracted',
      { source: { kind: 'manual' }, facts: { disclosureId: DISCLOSURE_ID(6), reason: 'wrong company' } },
      '2024-05-06T10:00:00.000Z',
    );
    const { model, status } = statusAfter(...cvsSequence(), retraction);
    expect(status.probes).toEqual([]);
    expect(status.counts.RegulatoryProbeOpened).toBeUndefined();
    expect(model.rows(PROBES_TABLE)).toEqual([]);
    expect(model.rows<DisclosureRow>('disclosures').find((r) => r.disclosure_id === DISCLOSURE_ID(6))).toMatchObject({
      retracted: 1,
      entry: { retracted: true },
    });
  });

  describe('with disclosures recorded in another order than they happened', () => {
    /** The CVS Group disclosures recorded in the given order of their indexes: same ids and facts, new revisions. */
    const recordedInOrder = (order: number[]) => {
      const [registration, ...disclosures] = cvsSequence();
      return [registration, ...order.map((index, i) => ({ ...disclosures[index], revision: i + 1 }))];
    };

    it.each([
      ['backwards', [6, 5, 4, 3, 2, 1, 0]],
      ['shuffled', [0, 4, 6, 1, 5, 3, 2]],
      ['with the outage entered last', [0, 2, 3, 4, 5, 6, 1]],
    ])('shows the status of the business order when recorded %s, as the as-of fold does', (_, order) => {
      const inOrder = statusAfter(...cvsSequence()).status;
      const events = recordedInOrder(order);
      const { status } = statusAfter(...events);
      expect(status).toEqual(inOrder);
      expect(statusAsOf('cvs-group', events, Date.parse('2030-01-01'), 'occurred')).toEqual(inOrder);
      expect(statusAsOf('cvs-group', events, Date.parse('2024-04-30T12:00:00Z'), 'occurred').incident).toEqual({
        state: 'systems-offline',
        externalAccess: true,
        milestones: { announced: '2024-04-29', offline: '2024-04-30', regulatorsNotified: [] },
      });
    });

    it('closes a probe whose closing was recorded before its opening', () => {
      const [registration] = cvsSequence();
      const source = { kind: 'news' };
      const { model, status } = statusAfter(
        registration,
        recorded(1, 'RegulatoryProbeUpdated', { occurredAt: '2024-07-01', source, facts: { regulator: 'SEC', stage: 'closed' } }, '2024-07-02T00:00:00.000Z'),
        recorded(
          2,
          'RegulatoryProbeOpened',
          { occurredAt: '2024-06-15', source, facts: { regulator: 'SEC', scope: 'disclosure', stage: 'formal' } },
          '2024-07-03T00:00:00.000Z',
        ),
      );
      expect(status.probes).toEqual([
        expect.objectContaining({ regulator: 'SEC', stage: 'formal', status: 'closed', since: '2024-06-15', updatedAt: '2024-07-01' }),
      ]);
      expect(model.rows<ProbeRow>(PROBES_TABLE)).toEqual([expect.objectContaining({ regulator: 'SEC', status: 'closed' })]);
    });
  });

  it('agrees with the as-of fold after the last event, in both bases', () => {
    const events = [
      ...cvsSequence(),
      recorded(
        8,
        'DisclosureCorrected',
        { source: { kind: 'manual' }, facts: { disclosureId: DISCLOSURE_ID(2), occurredAt: '2024-04-29', reason: 'date' } },
        '2024-05-07T10:00:00.000Z',
      ),
      recorded(
        9,
        'DisclosureRetracted',
        { source: { kind: 'manual' }, facts: { disclosureId: DISCLOSURE_ID(3), reason: 'not so' } },
        '2024-05-07T11:00:00.000Z',
      ),
    ];
    const { status } = statusAfter(...events);
    const later = Date.parse('2030-01-01');
    expect(statusAsOf('cvs-group', events, later, 'occurred')).toEqual(status);
    expect(statusAsOf('cvs-group', events, later, 'recorded')).toEqual(status);
  });
});
