import type { FieldError, LedgerError } from '@ledger/disclosures';

export function validationFailed(errors: FieldError[]): LedgerError {
  return { code: 'ValidationFailed', errors, message: `${errors.length} invalid field${errors.length === 1 ? '' : 's'}` };
}
