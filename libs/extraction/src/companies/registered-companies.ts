import { COMPANY_REGISTERED, CompanyRegistration } from '@ledger/disclosures';
import { KnownCompany, knownCompanyOf } from './known-company';

/** The part of the event store this needs: reading the log filtered by event type. */
export interface RegistrationLog {
  readAll(options: { filter: { eventTypes: string[] } }): AsyncIterable<{ type: string; data: unknown }>;
}

/** Every registered company, read from the log, to resolve the names an article uses. */
export async function registeredCompanies(log: RegistrationLog): Promise<KnownCompany[]> {
  const companies: KnownCompany[] = [];
  for await (const event of log.readAll({ filter: { eventTypes: [COMPANY_REGISTERED] } })) {
    if (event.type === COMPANY_REGISTERED) companies.push(knownCompanyOf(event.data as CompanyRegistration));
  }
  return companies;
}
