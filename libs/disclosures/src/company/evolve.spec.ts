import { toCompanyEvent } from '../events/company-event';
import { EVENT_TYPES } from '../events/catalogue';
import { companyRegistered, disclosure, recorded } from '../testing/company-fixtures';
import { COMPANY_ID, ID_1, ID_2 } from '../testing/samples';
import { evolve } from './evolve';
import { initialCompanyState, recordedRevisionOf } from './state';

describe('evolve', () => {
  it('starts unregistered at revision -1', () => {
    expect(initialCompanyState).toMatchObject({ registered: false, companyId: null, revision: -1 });
    expect(initialCompanyState.disclosures.size).toBe(0);
  });

  it('advances the revision by one per event, so it equals the stream revision', () => {
    const events = [companyRegistered, recorded(disclosure(ID_1)), recorded(disclosure(ID_2, 'BreachAnnounced'))];
    const state = events.reduce(evolve, initialCompanyState);
    expect(state).toMatchObject({ registered: true, companyId: COMPANY_ID, revision: 2 });
    expect(recordedRevisionOf(state, ID_1)).toBe(1);
    expect(recordedRevisionOf(state, ID_2.toUpperCase())).toBe(2);
    expect(recordedRevisionOf(state, 'f0000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('keeps what a correction needs: type, current facts, business time, not retracted', () => {
    const state = [companyRegistered, recorded(disclosure(ID_1, 'RegulatorNotified'))].reduce(evolve, initialCompanyState);
    expect(state.disclosures.get(ID_1)).toEqual({
      type: 'RegulatorNotified',
      revision: 1,
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      facts: { regulator: 'ICO', summary: 'Notified within 72 hours' },
      occurredAt: '2024-03-01',
      retracted: false,
    });
  });

  it('leaves the previous state untouched', () => {
    const registered = evolve(initialCompanyState, companyRegistered);
    const next = evolve(registered, recorded(disclosure(ID_1)));
    expect(registered.revision).toBe(0);
    expect(registered.disclosures.size).toBe(0);
    expect(next.disclosures.size).toBe(1);
  });
});

describe('toCompanyEvent', () => {
  it('turns every known stored type back into an event', () => {
    for (const type of EVENT_TYPES) expect(toCompanyEvent(type, { companyId: COMPANY_ID })).toEqual({ type, data: { companyId: COMPANY_ID } });
  });

  it('returns null for an unknown type or data that is not an object', () => {
    expect(toCompanyEvent('CompanyRenamed', {})).toBeNull();
    expect(toCompanyEvent('BreachAnnounced', null)).toBeNull();
    expect(toCompanyEvent('BreachAnnounced', 'text')).toBeNull();
  });
});
