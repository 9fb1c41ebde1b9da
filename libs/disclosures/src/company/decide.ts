import { CompanyEvent } from '../events/company-event';
import { err, ok, Result } from '../result';
import { CompanyCommand, RegisterCompany } from './commands';
import { decideCorrectDisclosure, decideRetractDisclosure } from './decide-amendment';
import { decideRecordDisclosures } from './decide-record';
import { companyAlreadyRegistered, LedgerError, validationFailed } from './errors';
import { CompanyState } from './state';

/**
 * The company decider: the events a command records on the company's stream, or why it cannot.
 * An empty list means the command was already recorded (an idempotent replay).
 */
export function decide(command: CompanyCommand, state: CompanyState): Result<CompanyEvent[], LedgerError> {
  switch (command.type) {
    case 'RegisterCompany':
      return decideRegisterCompany(command, state);
    case 'RecordDisclosures':
      return decideRecordDisclosures(command, state);
    case 'CorrectDisclosure':
      return decideCorrectDisclosure(command, state);
    case 'RetractDisclosure':
      return decideRetractDisclosure(command, state);
  }
}

function decideRegisterCompany(command: RegisterCompany, state: CompanyState): Result<CompanyEvent[], LedgerError> {
  if (state.revision >= 0) return err(companyAlreadyRegistered(command.companyId));
  if (command.registration.companyId !== command.companyId) {
    return err(validationFailed([{ path: 'companyId', message: `companyId must be ${command.companyId}` }]));
  }
  return ok([{ type: 'CompanyRegistered', data: command.registration }]);
}
