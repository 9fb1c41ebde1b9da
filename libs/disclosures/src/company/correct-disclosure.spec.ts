import { CompanyEvent } from '../events/company-event';
import { DisclosureCorrectedFacts } from '../events/facts/amendments';
import { companyRegistered, correct, disclosure, MANUAL, recorded } from '../testing/company-fixtures';
import { given } from '../testing/given-when-then';
import { COMPANY_ID, ID_1, ID_2, ID_3, ID_4 } from '../testing/samples';
import { evolve } from './evolve';

const price = disclosure(ID_1, 'SharePriceMoved');
const history: CompanyEvent[] = [companyRegistered, recorded(price)];

function corrected(correctionId: string, facts: DisclosureCorrectedFacts): CompanyEvent {
  return { type: 'DisclosureCorrected', data: { companyId: COMPANY_ID, disclosureId: correctionId, source: MANUAL, facts } };
}

describe('CorrectDisclosure', () => {
  it('records the normalized facts patch, the business time and the reason', () => {
    given(...history)
      .when(correct(ID_2, ID_1, { facts: { venue: ' AIM ', price: 400 }, occurredAt: '2024-03-02', reason: 'wrong venue' }))
      .thenEvents(corrected(ID_2, { disclosureId: ID_1, facts: { venue: 'AIM', price: 400 }, occurredAt: '2024-03-02', reason: 'wrong venue' }));
  });

  it('applies the correction to the current facts and business time', () => {
    const { state } = given(...history, corrected(ID_2, { disclosureId: ID_1, facts: { price: 400, currency: null }, occurredAt: '2024-03-02', reason: 'r' }));
    const current = state.disclosures.get(ID_1);
    expect(current?.facts).toEqual({ direction: 'down', changePct: 7.5, price: 400, venue: 'LSE' });
    expect(current?.occurredAt).toBe('2024-03-02');
    expect(state.disclosures.get(ID_2)).toMatchObject({ type: 'DisclosureCorrected', revision: 2 });
  });

  it('checks the merged facts against the target type, with paths under facts', () => {
    given(...history)
      .when(correct(ID_2, ID_1, { facts: { currency: 'pounds', direction: 'sideways' }, reason: 'r' }))
      .thenError({
        code: 'InvalidCorrection',
        disclosureId: ID_1,
        errors: [
          { path: 'facts.direction', message: expect.any(String) },
          { path: 'facts.currency', message: expect.any(String) },
        ],
      });
  });

  it('refuses a correction that removes a required field or adds an unknown one', () => {
    given(...history)
      .when(correct(ID_2, ID_1, { facts: { direction: null }, reason: 'r' }))
      .thenError({
        code: 'InvalidCorrection',
        errors: [{ path: 'facts.direction', message: expect.any(String) }],
      });
    given(...history)
      .when(correct(ID_2, ID_1, { facts: { mood: 'grim' }, reason: 'r' }))
      .thenError({
        code: 'InvalidCorrection',
        errors: [{ path: 'facts.mood', message: expect.any(String) }],
      });
  });

  it('refuses a patch that removes a field the type does not have', () => {
    given(...history)
      .when(correct(ID_2, ID_1, { facts: { mood: null, price: 400 }, reason: 'r' }))
      .thenError({
        code: 'InvalidCorrection',
        errors: [{ path: 'facts.mood', message: 'mood is not an allowed field' }],
      });
  });

  it('merges over facts already corrected', () => {
    const first = corrected(ID_2, { disclosureId: ID_1, facts: { price: 400 }, reason: 'r' });
    const { state } = given(...history, first);
    const second = given(...history, first).when(correct(ID_3, ID_1, { facts: { venue: 'AIM' }, reason: 'r2' }));
    second.thenEvents(corrected(ID_3, { disclosureId: ID_1, facts: { venue: 'AIM' }, reason: 'r2' }));
    const after = second.result.ok ? second.result.value.reduce(evolve, state) : state;
    expect(after.disclosures.get(ID_1)?.facts).toMatchObject({ price: 400, venue: 'AIM' });
  });

  it('refuses an unknown target, and a target that is itself a correction', () => {
    given(...history)
      .when(correct(ID_2, ID_4, { occurredAt: '2024-01-01', reason: 'r' }))
      .thenError({ code: 'DisclosureNotFound', disclosureId: ID_4 });
    given(...history, corrected(ID_2, { disclosureId: ID_1, occurredAt: '2024-01-01', reason: 'r' }))
      .when(correct(ID_3, ID_2, { occurredAt: '2024-01-02', reason: 'r' }))
      .thenError({ code: 'DisclosureNotFound', disclosureId: ID_2 });
  });

  it('refuses to correct a retracted disclosure', () => {
    const retraction: CompanyEvent = {
      type: 'DisclosureRetracted',
      data: { companyId: COMPANY_ID, disclosureId: ID_2, source: MANUAL, facts: { disclosureId: ID_1, reason: 'dup' } },
    };
    given(...history, retraction)
      .when(correct(ID_3, ID_1, { occurredAt: '2024-01-01', reason: 'r' }))
      .thenError({ code: 'DisclosureAlreadyRetracted', disclosureId: ID_1 });
  });

  it('records nothing for a retried correction, even after the target was retracted', () => {
    const command = correct(ID_2, ID_1, { facts: { venue: ' AIM ' }, reason: 'venue' });
    const correction = corrected(ID_2, { disclosureId: ID_1, facts: { venue: 'AIM' }, reason: 'venue' });
    given(...history, correction)
      .when(command)
      .thenNothing();
    const retraction: CompanyEvent = {
      type: 'DisclosureRetracted',
      data: { companyId: COMPANY_ID, disclosureId: ID_3, source: MANUAL, facts: { disclosureId: ID_1, reason: 'dup' } },
    };
    given(...history, correction, retraction)
      .when(command)
      .thenNothing();
  });

  it('refuses a correction id already used with other content', () => {
    const correction = corrected(ID_2, { disclosureId: ID_1, facts: { venue: 'AIM' }, reason: 'venue' });
    given(...history, correction)
      .when(correct(ID_2, ID_1, { facts: { venue: 'LSE' }, reason: 'venue' }))
      .thenError({ code: 'DisclosureIdConflict', disclosureId: ID_2 });
    given(...history, correction)
      .when(correct(ID_1, ID_1, { facts: { venue: 'AIM' }, reason: 'venue' }))
      .thenError({ code: 'DisclosureIdConflict', disclosureId: ID_1 });
  });

  it('refuses before registration', () => {
    given()
      .when(correct(ID_2, ID_1, { occurredAt: '2024-01-01', reason: 'r' }))
      .thenError({ code: 'CompanyNotRegistered' });
  });
});
