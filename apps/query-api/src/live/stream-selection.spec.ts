import { ProblemException } from '@ledger/platform/framework-free';
import { CheckedQuery } from '../query-params';
import { AllStreamsParams } from './stream-selection';

const errorsOf = (query: Record<string, unknown>) => {
  try {
    new CheckedQuery(AllStreamsParams, query).valid();
  } catch (error) {
    return (error as ProblemException).problem.errors;
  }
  return [];
};

describe('stream selection parameters', () => {
  it('takes companies and types comma-separated or repeated', () => {
    const params = new CheckedQuery(AllStreamsParams, { companies: ['acme', 'beta,gamma'], types: 'BreachAnnounced,SharePriceMoved' }).valid();
    expect(params.companies).toEqual(['acme', 'beta', 'gamma']);
    expect(params.types).toEqual(['BreachAnnounced', 'SharePriceMoved']);
  });

  it('names each parameter at fault: an empty value, a malformed id, an unknown type', () => {
    expect(errorsOf({ companies: 'Not_A_Slug', types: '' })).toEqual([
      { path: 'companies', message: expect.stringContaining('"Not_A_Slug"') },
      { path: 'types', message: 'types must not be empty, nor hold an empty item' },
    ]);
  });

  it('lists every unknown type in one error', () => {
    expect(errorsOf({ types: 'Rumour,BreachAnnounced,Gossip' })).toEqual([
      { path: 'types', message: expect.stringMatching(/^types are not all event types: "Rumour", "Gossip"; known: /) },
    ]);
  });
});
