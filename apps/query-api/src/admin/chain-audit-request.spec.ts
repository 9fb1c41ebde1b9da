import { ProblemException } from '@ledger/platform/framework-free';
import { parseChainAuditRequest } from './chain-audit-request';

function refusal(body: unknown): ProblemException {
  try {
    parseChainAuditRequest(body);
  } catch (error) {
    if (error instanceof ProblemException) return error;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(body)}`);
}

describe('parseChainAuditRequest', () => {
  it('takes no body, an empty object or one company id', () => {
    expect(parseChainAuditRequest(undefined)).toEqual({});
    expect(parseChainAuditRequest({})).toEqual({});
    expect(parseChainAuditRequest({ companyId: 'cvs-group' })).toEqual({ companyId: 'cvs-group' });
  });

  it.each([
    [null, ''],
    [[], ''],
    ['cvs-group', ''],
    [{ companyId: 7 }, 'companyId'],
    [{ companyId: 'CVS Group' }, 'companyId'],
    [{ companyId: 'cvs-group', scope: 'all' }, 'scope'],
  ])('refuses %j with a 400 naming %j', (body, path) => {
    const { problem } = refusal(body);
    expect(problem.status).toBe(400);
    expect(problem.errors).toEqual([expect.objectContaining({ path })]);
  });
});
