import { COMPANY_ID_PATTERN } from '@ledger/disclosures';
import { ProblemException, problem } from '@ledger/platform/framework-free';

/** POST /v1/admin/audit/chain, once checked: one company, or every one. */
export interface ChainAuditRequest {
  companyId?: string;
}

/** Checks the optional body `{companyId?}`: a 400 naming the field at fault. */
export function parseChainAuditRequest(body: unknown): ChainAuditRequest {
  if (body === undefined) return {};
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid('', 'body must be a JSON object');
  const { companyId, ...others } = body as Record<string, unknown>;
  const unknown = Object.keys(others)[0];
  if (unknown !== undefined) throw invalid(unknown, `${unknown} is not an allowed field`);
  if (companyId === undefined) return {};
  if (typeof companyId !== 'string' || !COMPANY_ID_PATTERN.test(companyId))
    throw invalid('companyId', 'companyId must be a company id (lower-case letters, digits and dashes)');
  return { companyId };
}

function invalid(path: string, message: string): ProblemException {
  return new ProblemException(problem(400, 'validation', 'Invalid request', { detail: message, errors: [{ path, message }] }));
}
