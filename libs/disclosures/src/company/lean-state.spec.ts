import { companyRegistered, correct, disclosure, MANUAL, record, recorded, retract } from '../testing/company-fixtures';
import { given } from '../testing/given-when-then';
import { COMPANY_ID, ID_1, ID_2, ID_3, ID_4 } from '../testing/samples';
import { evolve } from './evolve';
import { leanState, namedIds } from './named-ids';
import { initialCompanyState } from './state';

const MANY = Array.from({ length: 50 }, (_, i) => disclosure(`0000${String(i).padStart(4, '0')}-0000-4000-8000-000000000000`));

describe('the lean decision state', () => {
  it('names the command’s own ids and its target, in lowercase, once each', () => {
    expect(namedIds(record(disclosure(ID_1.toUpperCase()), disclosure(ID_2)))).toEqual([ID_1, ID_2]);
    expect(namedIds(correct(ID_3, ID_1.toUpperCase(), { reason: 'typo' }))).toEqual([ID_3, ID_1]);
    expect(namedIds(retract(ID_4, ID_4))).toEqual([ID_4]);
  });

  it('keeps only the named disclosures of a long history, and the revision', () => {
    const { state } = given(companyRegistered, ...MANY.map(recorded), recorded(disclosure(ID_1)));
    const lean = leanState(state, namedIds(correct(ID_2, ID_1, { reason: 'typo' })));
    expect(lean).toMatchObject({ registered: true, revision: MANY.length + 1 });
    expect([...lean.disclosures.keys()]).toEqual([ID_1]);
  });

  it('evolves by what the event touches, not by the history', () => {
    const lean = leanState([companyRegistered, ...MANY.map(recorded)].reduce(evolve, initialCompanyState), []);
    const next = evolve(lean, recorded(disclosure(ID_1)));
    expect(next.revision).toBe(MANY.length + 1);
    expect([...next.disclosures.keys()]).toEqual([ID_1]);
  });

  // given().when() decides on the lean state and checks the whole fold agrees: these are the cases
  // where the lean state lacks most of the history.
  it('given a long history, records a new disclosure', () => {
    const fresh = disclosure(ID_1);
    given(companyRegistered, ...MANY.map(recorded))
      .when(record(fresh))
      .thenEvents(recorded(fresh));
  });

  it('given a long history, tells a retry from a reused id by fingerprint', () => {
    const history = [companyRegistered, ...MANY.map(recorded)];
    given(...history)
      .when(record(MANY[17]))
      .thenNothing();
    given(...history)
      .when(record(disclosure(MANY[17].disclosureId, 'OtherDisclosure', { facts: { summary: 'other content' } })))
      .thenError({ code: 'DisclosureIdConflict', disclosureId: MANY[17].disclosureId });
  });

  it('given a long history, retracts a disclosure it names and refuses a second retraction', () => {
    const target = MANY[3].disclosureId;
    const history = [companyRegistered, ...MANY.map(recorded)];
    const retraction = {
      type: 'DisclosureRetracted',
      data: { companyId: COMPANY_ID, disclosureId: ID_1, source: MANUAL, facts: { disclosureId: target, reason: 'duplicate' } },
    } as const;
    given(...history)
      .when(retract(ID_1, target))
      .thenEvents(retraction);
    given(...history, retraction)
      .when(retract(ID_2, target))
      .thenError({ code: 'DisclosureAlreadyRetracted' });
  });
});
