import { CompanyRegistration } from '../events/company-registration';
import { Result } from '../result';
import { FieldError } from './field-error';
import { validatePlain } from './validate-plain';

export function parseCompanyRegistration(plain: unknown): Result<CompanyRegistration, FieldError[]> {
  return validatePlain(CompanyRegistration, plain);
}
