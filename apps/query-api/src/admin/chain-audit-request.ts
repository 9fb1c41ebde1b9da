import { COMPANY_ID_PATTERN, Optional, Pattern } from '@ledger/disclosures';
import { NotInSchemas, validBody } from '@ledger/platform/framework-free';

/** POST /v1/admin/audit/chain: one company, or every one. */
@NotInSchemas()
export class ChainAuditRequest {
  @Optional() @Pattern(COMPANY_ID_PATTERN, 'a company id (lower-case letters, digits and dashes)') companyId?: string;
}

/** Checks the optional body `{companyId?}`: a 400 naming the field at fault. */
export function parseChainAuditRequest(body: unknown): ChainAuditRequest {
  return body === undefined ? {} : validBody(ChainAuditRequest, body);
}
