import * as api from './index';

describe('public API', () => {
  it('exposes the parsers, the decider and the catalogue', () => {
    for (const name of [
      'parseDisclosureBatch',
      'parseDisclosureInput',
      'parseCompanyRegistration',
      'parseCorrectionInput',
      'parseRetractionInput',
      'decide',
      'evolve',
      'toCompanyEvent',
      'recordedRevisionOf',
      'companyStream',
      'companyIdFromStream',
      'ok',
      'err',
    ]) {
      expect(typeof (api as Record<string, unknown>)[name]).toBe('function');
    }
    expect(api.EVENT_TYPES).toHaveLength(15);
    expect(api.DISCLOSURE_TYPES).toHaveLength(14);
    expect(api.RECORDABLE_TYPES).toHaveLength(12);
    expect(Object.keys(api.FACTS_CLASS_BY_TYPE).sort()).toEqual([...api.DISCLOSURE_TYPES].sort());
  });
});
