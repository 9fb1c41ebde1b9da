import { CompanyEvent } from '../events/company-event';
import { companyRegistered, disclosure, MANUAL, recorded, retract } from '../testing/company-fixtures';
import { given } from '../testing/given-when-then';
import { COMPANY_ID, ID_1, ID_2, ID_3 } from '../testing/samples';

const original = disclosure(ID_1, 'BreachAnnounced');
const history: CompanyEvent[] = [companyRegistered, recorded(original)];

function retracted(retractionId: string, targetId: string, reason: string): CompanyEvent {
  return {
    type: 'DisclosureRetracted',
    data: { companyId: COMPANY_ID, disclosureId: retractionId, source: MANUAL, facts: { disclosureId: targetId, reason } },
  };
}

describe('RetractDisclosure', () => {
  it('records the retraction of an original disclosure', () => {
    given(...history)
      .when(retract(ID_2, ID_1, 'wrong company'))
      .thenEvents(retracted(ID_2, ID_1, 'wrong company'));
  });

  it('finds the target whatever the case of its id', () => {
    given(...history)
      .when(retract(ID_2, ID_1.toUpperCase(), 'r'))
      .thenEvents(retracted(ID_2, ID_1, 'r'));
  });

  it('marks the target retracted in the state', () => {
    const { state } = given(...history, retracted(ID_2, ID_1, 'r'));
    expect(state.disclosures.get(ID_1)?.retracted).toBe(true);
    expect(state.disclosures.get(ID_2)).toMatchObject({ type: 'DisclosureRetracted', retracted: false, revision: 2 });
  });

  it('refuses to retract twice under a new id', () => {
    given(...history, retracted(ID_2, ID_1, 'r'))
      .when(retract(ID_3, ID_1, 'r'))
      .thenError({ code: 'DisclosureAlreadyRetracted', disclosureId: ID_1 });
  });

  it('records nothing for a retried retraction', () => {
    given(...history, retracted(ID_2, ID_1, 'r'))
      .when(retract(ID_2, ID_1, 'r'))
      .thenNothing();
  });

  it('refuses a retraction id reused for another target or reason', () => {
    given(...history, retracted(ID_2, ID_1, 'r'))
      .when(retract(ID_2, ID_1, 'other reason'))
      .thenError({ code: 'DisclosureIdConflict', disclosureId: ID_2 });
  });

  it('refuses to retract an unknown disclosure, a retraction, or the registration', () => {
    given(...history)
      .when(retract(ID_2, ID_3))
      .thenError({ code: 'DisclosureNotFound', disclosureId: ID_3 });
    given(...history, retracted(ID_2, ID_1, 'r'))
      .when(retract(ID_3, ID_2))
      .thenError({ code: 'DisclosureNotFound', disclosureId: ID_2 });
    given(...history)
      .when(retract(ID_2, COMPANY_ID))
      .thenError({ code: 'DisclosureNotFound' });
  });

  it('refuses before registration', () => {
    given().when(retract(ID_2, ID_1)).thenError({ code: 'CompanyNotRegistered' });
  });
});
