import { FieldError } from '../validation/field-error';

/** Why the company decider refused a command. Plain values; the HTTP layer maps codes to statuses. */
export type LedgerError =
  | { code: 'CompanyAlreadyRegistered'; message: string; companyId: string }
  | { code: 'CompanyNotRegistered'; message: string; companyId: string }
  | { code: 'DisclosureIdConflict'; message: string; disclosureId: string }
  | { code: 'DisclosureNotFound'; message: string; disclosureId: string }
  | { code: 'DisclosureAlreadyRetracted'; message: string; disclosureId: string }
  | { code: 'InvalidCorrection'; message: string; disclosureId: string; errors: FieldError[] }
  | { code: 'ValidationFailed'; message: string; errors: FieldError[] };

export type LedgerErrorCode = LedgerError['code'];

export function companyAlreadyRegistered(companyId: string): LedgerError {
  return { code: 'CompanyAlreadyRegistered', companyId, message: `company ${companyId} is already registered` };
}

export function companyNotRegistered(companyId: string): LedgerError {
  return { code: 'CompanyNotRegistered', companyId, message: `company ${companyId} is not registered` };
}

export function disclosureIdConflict(disclosureId: string, why: string): LedgerError {
  return { code: 'DisclosureIdConflict', disclosureId, message: `disclosure ${disclosureId} ${why}` };
}

export function disclosureNotFound(disclosureId: string, companyId: string): LedgerError {
  return {
    code: 'DisclosureNotFound',
    disclosureId,
    message: `company ${companyId} has no disclosure ${disclosureId} that can be corrected or retracted`,
  };
}

export function disclosureAlreadyRetracted(disclosureId: string): LedgerError {
  return { code: 'DisclosureAlreadyRetracted', disclosureId, message: `disclosure ${disclosureId} is retracted` };
}

export function invalidCorrection(disclosureId: string, errors: FieldError[]): LedgerError {
  return {
    code: 'InvalidCorrection',
    disclosureId,
    errors,
    message: `the corrected facts of disclosure ${disclosureId} are not valid`,
  };
}

export function validationFailed(errors: FieldError[]): LedgerError {
  const count = errors.length;
  return { code: 'ValidationFailed', errors, message: `${count} invalid field${count === 1 ? '' : 's'}` };
}
