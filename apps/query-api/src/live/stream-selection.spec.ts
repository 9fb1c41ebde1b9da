import { QueryParams } from '../query-params';
import { companiesParam, typesParam } from './stream-selection';

describe('stream selection parameters', () => {
  it('takes companies and types comma-separated or repeated', () => {
    const params = new QueryParams({ companies: ['acme', 'beta,gamma'], types: 'BreachAnnounced,SharePriceMoved' });
    expect(companiesParam(params)).toEqual(['acme', 'beta', 'gamma']);
    expect(typesParam(params)).toEqual(['BreachAnnounced', 'SharePriceMoved']);
    expect(() => params.valid()).not.toThrow();
  });

  it('names each parameter at fault: an empty value, a malformed id, an unknown type', () => {
    const params = new QueryParams({ companies: 'Not_A_Slug', types: '' });
    companiesParam(params);
    typesParam(params);
    expect(() => params.valid()).toThrow(
      expect.objectContaining({
        problem: expect.objectContaining({
          errors: [
            { path: 'companies', message: expect.stringContaining('"Not_A_Slug"') },
            { path: 'types', message: 'must not be empty, nor hold an empty item' },
          ],
        }),
      }),
    );
  });

  it('lists every unknown type in one error', () => {
    const params = new QueryParams({ types: 'Rumour,BreachAnnounced,Gossip' });
    typesParam(params);
    expect(() => params.valid()).toThrow(
      expect.objectContaining({
        problem: expect.objectContaining({ errors: [{ path: 'types', message: expect.stringMatching(/^not event types: "Rumour", "Gossip"; known: /) }] }),
      }),
    );
  });
});
