import { statusAsOf } from '../as-of/status-as-of';
import { LEDGER_PROJECTIONS } from '../ledger-projections';
import { InMemoryReadModel } from '../testing/in-memory-read-model';
import { DISCLOSURE_ID, cvsSequence, recorded } from '../testing/cvs-sequence';
import { DisclosureRow } from '../timeline/timeline.projection';
import { mulberry32 } from '@ledger/canonical-json/testing';
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

  const STEPS = ['BreachAnnounced', 'SystemsTakenOffline', 'SystemsRestored', 'RegulatoryProbeOpened', 'RegulatoryProbeUpdated'];
  function factsOf(type: string, revision: number): Record<string, unknown> {
    if (type === 'SharePriceMoved') return { direction: 'up', price: 100 + revision, currency: 'GBX', changePct: 1 };
    if (type === 'SystemsRestored') return { partial: revision % 2 === 0 };
    if (type.startsWith('RegulatoryProbe')) return { regulator: revision % 3 === 0 ? 'ICO' : 'CMA', stage: revision % 4 === 0 ? 'closed' : 'formal' };
    return { summary: `note ${revision}` };
  }

  it('after corrections and retractions of a long history, agrees with the fold of the disclosures in force', () => {
    // Share moves, steps of incidents and probes and other disclosures, some out of order, then corrections
    // and retractions aimed at the first, the last, the latest price, steps and ones between: some are
    // amended in place, steps fold their sequences again, the others fold everything again; all must give
    // the fold of what is in force.
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = mulberry32(seed);
      const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
      const events = [cvsSequence()[0]];
      for (let revision = 1; revision <= 60; revision++) {
        // Prices before the last days, so that the latest price is often neither first nor last; a rare type, so that a retraction can remove its only one.
        const draw = random();
        const type =
          draw < 0.45
            ? 'SharePriceMoved'
            : draw < 0.5
              ? 'OperationalImpactReported'
              : draw < 0.7
                ? 'OtherDisclosure'
                : STEPS[Math.floor(random() * STEPS.length)];
        const at = Math.floor(random() * (type === 'SharePriceMoved' ? 30 : 40));
        const facts = factsOf(type, revision);
        events.push(recorded(revision, type, { occurredAt: day(at), source: { kind: 'manual' }, facts }, `${day(at)}T20:00:00.000Z`));
      }
      for (let revision = 61; revision <= 100; revision++) {
        const target = 1 + Math.floor(random() * 60);
        const correctedAt = Math.floor(random() * 46) - 3;
        const data =
          random() < 0.3
            ? { source: { kind: 'manual' }, facts: { disclosureId: DISCLOSURE_ID(target), reason: 'withdrawn' } }
            : { source: { kind: 'manual' }, facts: { disclosureId: DISCLOSURE_ID(target), occurredAt: day(correctedAt), reason: 'date' } };
        events.push(
          recorded(revision, 'facts' in data && 'occurredAt' in data.facts ? 'DisclosureCorrected' : 'DisclosureRetracted', data, '2020-03-01T10:00:00.000Z'),
        );
      }
      // After every amendment: a later fold from scratch would hide an amendment made wrong in place.
      const model = new InMemoryReadModel(LEDGER_PROJECTIONS).given(...events.slice(0, 61));
      for (let count = 62; count <= events.length; count++) {
        const status = model.given(events[count - 1]).get<CompanyRow>(COMPANIES_TABLE, ['cvs-group'])!.status;
        const folded = statusAsOf('cvs-group', events.slice(0, count), Date.parse('2030-01-01'), 'occurred');
        expect({ seed, count, status }).toEqual({ seed, count, status: folded });
      }
    }
  });

  it('retracting the only disclosure of its type between others leaves no count of that type', () => {
    const at = (day: string) => ({ occurredAt: day, source: { kind: 'manual' } });
    const events = [
      cvsSequence()[0],
      recorded(1, 'OtherDisclosure', { ...at('2024-01-01'), facts: { summary: 'first' } }, '2024-01-01T20:00:00.000Z'),
      recorded(2, 'OperationalImpactReported', { ...at('2024-01-05'), facts: { summary: 'impact' } }, '2024-01-05T20:00:00.000Z'),
      recorded(3, 'OtherDisclosure', { ...at('2024-01-09'), facts: { summary: 'last' } }, '2024-01-09T20:00:00.000Z'),
      recorded(
        4,
        'DisclosureRetracted',
        { source: { kind: 'manual' }, facts: { disclosureId: DISCLOSURE_ID(2), reason: 'not so' } },
        '2024-01-10T10:00:00.000Z',
      ),
    ];
    const { status } = statusAfter(...events);
    expect(status.counts).toEqual({ OtherDisclosure: 2 });
    expect(status).toEqual(statusAsOf('cvs-group', events, Date.parse('2030-01-01'), 'occurred'));
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
