import { CompanyEvent, DisclosureEvent } from '../events/company-event';
import { IdentifiedDisclosure } from '../events/disclosure-data';
import { err, Result } from '../result';
import { FieldError } from '../validation/field-error';
import { RecordDisclosures } from './commands';
import { companyNotRegistered, LedgerError, validationFailed } from './errors';
import { newOrReplayed } from './settle-ids';
import { CompanyState } from './state';

export function decideRecordDisclosures(command: RecordDisclosures, state: CompanyState): Result<CompanyEvent[], LedgerError> {
  if (!state.registered) return err(companyNotRegistered(command.companyId));
  if (command.disclosures.length === 0) {
    return err(validationFailed([{ path: 'disclosures', message: 'at least one disclosure is needed' }]));
  }
  const duplicates = duplicateIds(command.disclosures);
  if (duplicates.length > 0) return err(validationFailed(duplicates));
  return newOrReplayed(
    state,
    command.disclosures.map((disclosure) => disclosureEvent(command.companyId, disclosure)),
  );
}

/** The event recording a disclosure: the client's data as given, under the company's id. */
export function disclosureEvent(companyId: string, disclosure: IdentifiedDisclosure): DisclosureEvent {
  const { type, disclosureId, ...rest } = disclosure;
  return { type, data: { companyId, disclosureId: disclosureId.toLowerCase(), ...rest } } as DisclosureEvent;
}

function duplicateIds(disclosures: IdentifiedDisclosure[]): FieldError[] {
  const firstIndex = new Map<string, number>();
  return disclosures.flatMap(({ disclosureId }, index) => {
    const id = disclosureId.toLowerCase();
    const first = firstIndex.get(id);
    if (first === undefined) {
      firstIndex.set(id, index);
      return [];
    }
    return [{ path: `disclosures[${index}].disclosureId`, message: `disclosureId repeats disclosures[${first}]` }];
  });
}
