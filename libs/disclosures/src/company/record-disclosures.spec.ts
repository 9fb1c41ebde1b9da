import { companyRegistered, disclosure, record, recorded } from '../testing/company-fixtures';
import { given } from '../testing/given-when-then';
import { IdentifiedDisclosure } from '../events/disclosure-data';
import { COMPANY_ID, ID_1, ID_2, ID_3, VALID_FACTS } from '../testing/samples';

describe('RecordDisclosures', () => {
  it('records each disclosure as given, under the company and the disclosure id', () => {
    const input = disclosure(ID_1, 'SystemsRestored', { facts: { systems: ' tills ' }, evidence: [{ quote: 'restored' }] });
    given(companyRegistered)
      .when(record(input))
      .thenEvents({
        type: 'SystemsRestored',
        data: {
          companyId: COMPANY_ID,
          disclosureId: ID_1,
          occurredAt: '2024-03-01',
          disclosedAt: '2024-03-04T07:00:00Z',
          source: { kind: 'filing', publisher: 'RNS', url: 'https://example.com/rns/1', language: 'en-GB' },
          facts: { partial: false, systems: 'tills' },
          evidence: [{ quote: 'restored' }],
        },
      });
  });

  it('records a batch in order', () => {
    const first = disclosure(ID_1, 'BreachAnnounced');
    const second = disclosure(ID_2, 'RegulatorNotified');
    given(companyRegistered).when(record(first, second)).thenEvents(recorded(first), recorded(second));
  });

  it('records nothing when every disclosure is already recorded with the same content (a retry)', () => {
    const first = disclosure(ID_1, 'BreachAnnounced');
    const second = disclosure(ID_2, 'SharePriceMoved');
    given(companyRegistered, recorded(first), recorded(second)).when(record(first, second)).thenNothing();
  });

  it('treats a retry with members in another order as the same content', () => {
    const original = disclosure(ID_1, 'SharePriceMoved');
    const facts = { venue: 'LSE', currency: 'GBX', price: 412.3, changePct: 7.5, direction: 'down' };
    const reordered = { ...original, facts } as IdentifiedDisclosure;
    given(companyRegistered, recorded(original)).when(record(reordered)).thenNothing();
  });

  it('refuses an id already recorded with other content', () => {
    const original = disclosure(ID_1, 'OtherDisclosure');
    const changed = disclosure(ID_1, 'OtherDisclosure', { facts: { summary: 'something else' } });
    given(companyRegistered, recorded(original)).when(record(changed)).thenError({ code: 'DisclosureIdConflict', disclosureId: ID_1 });
  });

  it('refuses an id already recorded as another type', () => {
    const original = disclosure(ID_1, 'OtherDisclosure');
    const changed = disclosure(ID_1, 'GuidanceChanged', { facts: VALID_FACTS.OtherDisclosure });
    given(companyRegistered, recorded(original)).when(record(changed)).thenError({ code: 'DisclosureIdConflict' });
  });

  it('refuses a batch that mixes recorded and new disclosures: a batch is atomic, so it is no retry', () => {
    const old = disclosure(ID_1);
    given(companyRegistered, recorded(old))
      .when(record(old, disclosure(ID_2)))
      .thenError({ code: 'DisclosureIdConflict', disclosureId: ID_1 });
  });

  it('refuses the same id twice in one batch', () => {
    given(companyRegistered)
      .when(record(disclosure(ID_1), disclosure(ID_2), disclosure(ID_1)))
      .thenError({ code: 'ValidationFailed', errors: [{ path: 'disclosures[2].disclosureId', message: expect.stringContaining('disclosures[0]') }] });
  });

  it('refuses an empty batch', () => {
    given(companyRegistered).when(record()).thenError({ code: 'ValidationFailed' });
  });

  it('refuses an id used by a correction', () => {
    const original = disclosure(ID_1);
    const correction = {
      type: 'DisclosureCorrected' as const,
      data: {
        companyId: COMPANY_ID,
        disclosureId: ID_2,
        source: { kind: 'manual' as const },
        facts: { disclosureId: ID_1, occurredAt: '2024-02-01', reason: 'date' },
      },
    };
    given(companyRegistered, recorded(original), correction)
      .when(record(disclosure(ID_2)))
      .thenError({ code: 'DisclosureIdConflict', disclosureId: ID_2 });
    given(companyRegistered, recorded(original), correction)
      .when(record(disclosure(ID_3)))
      .thenEvents(recorded(disclosure(ID_3)));
  });
});
