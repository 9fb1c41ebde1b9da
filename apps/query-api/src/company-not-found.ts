import { ProblemException, problem } from '@ledger/platform';

export function companyNotFound(companyId: string): ProblemException {
  return new ProblemException(problem(404, 'company-not-found', 'Company not found', { detail: `no company ${companyId} in the ledger` }));
}
