import { companyRegistered, disclosure, record, recorded } from '../testing/company-fixtures';
import { given } from '../testing/given-when-then';
import { COMPANY_ID, ID_1, ID_2, registrationBody } from '../testing/samples';
import { RegisterCompany } from './commands';

const registration = registrationBody();
const register: RegisterCompany = { type: 'RegisterCompany', companyId: COMPANY_ID, eventId: ID_1, registration };

describe('RegisterCompany', () => {
  it('registers a new company with exactly the registration as data', () => {
    given().when(register).thenEvents({ type: 'CompanyRegistered', data: registration });
  });

  it('refuses a second registration, even an identical one', () => {
    given(companyRegistered).when(register).thenError({ code: 'CompanyAlreadyRegistered', companyId: COMPANY_ID });
    given(companyRegistered)
      .when({ ...register, eventId: ID_2 })
      .thenError({ code: 'CompanyAlreadyRegistered' });
  });

  it('refuses a registration on a stream that already has disclosures', () => {
    given(companyRegistered, recorded(disclosure(ID_2)))
      .when({ ...register, eventId: ID_1 })
      .thenError({ code: 'CompanyAlreadyRegistered' });
  });

  it('refuses a registration whose body names another company', () => {
    given()
      .when({ ...register, companyId: 'other-co' })
      .thenError({ code: 'ValidationFailed', errors: [{ path: 'companyId', message: expect.any(String) }] });
  });

  it('refuses any other command before the registration', () => {
    given()
      .when(record(disclosure(ID_1)))
      .thenError({ code: 'CompanyNotRegistered', companyId: COMPANY_ID });
  });
});
