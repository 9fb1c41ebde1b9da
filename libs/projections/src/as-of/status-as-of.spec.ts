import { DISCLOSURE_ID, cvsSequence, recorded } from '../testing/cvs-sequence';
import { statusAsOf } from './status-as-of';

const at = (text: string) => Date.parse(text);

describe('status as of an instant', () => {
  const events = cvsSequence();

  it('in business time, shows each earlier state between the events', () => {
    expect(statusAsOf('cvs-group', events, at('2024-04-28T12:00:00Z'), 'occurred').incident.state).toBe('none');
    expect(statusAsOf('cvs-group', events, at('2024-04-29T12:00:00Z'), 'occurred').incident.state).toBe('breach-open');
    expect(statusAsOf('cvs-group', events, at('2024-04-30T00:00:00Z'), 'occurred').incident.state).toBe('systems-offline');
    const beforeProbe = statusAsOf('cvs-group', events, at('2024-05-03T23:59:59Z'), 'occurred');
    expect(beforeProbe).toMatchObject({ incident: { state: 'restored-degraded' }, probes: [], sharePrice: null, revision: 5 });
  });

  it('in recording time, shows what the ledger knew', () => {
    expect(statusAsOf('cvs-group', events, at('2024-04-01T08:00:00Z'), 'recorded')).toMatchObject({ registered: false, revision: -1 });
    expect(statusAsOf('cvs-group', events, at('2024-04-01T10:00:00Z'), 'recorded')).toMatchObject({ registered: true, name: 'CVS Group plc', revision: 0 });
    expect(statusAsOf('cvs-group', events, at('2024-04-30T20:00:00Z'), 'recorded').incident.state).toBe('systems-offline');
  });

  it('applies a correction in business time at once, but in recording time only once recorded', () => {
    const correction = recorded(
      8,
      'DisclosureCorrected',
      { source: { kind: 'manual' }, facts: { disclosureId: DISCLOSURE_ID(1), occurredAt: '2024-05-10', reason: 'later' } },
      '2024-06-01T00:00:00.000Z',
    );
    const all = [...events, correction];
    expect(statusAsOf('cvs-group', all, at('2024-04-29T12:00:00Z'), 'occurred').incident.state).toBe('none');
    expect(statusAsOf('cvs-group', all, at('2024-04-29T21:00:00Z'), 'recorded').incident.state).toBe('breach-open');
  });
});
