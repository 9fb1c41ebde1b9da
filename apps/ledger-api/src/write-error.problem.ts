import { Problem, problem } from '@ledger/platform';
import type { WriteError } from '@ledger/ledger';

/** The one place where the write side's errors become HTTP statuses. */
export function writeErrorToProblem(error: WriteError): { problem: Problem; headers: Record<string, string> } {
  switch (error.code) {
    case 'ValidationFailed':
      return only(problem(400, 'validation', 'Invalid request', { detail: error.message, errors: error.errors }));
    case 'InvalidCorrection':
      return only(problem(400, 'invalid-correction', 'The corrected disclosure would be invalid', { detail: error.message, errors: error.errors }));
    case 'CompanyNotRegistered':
      return only(problem(404, 'company-not-registered', 'Company not registered', { detail: error.message }));
    case 'DisclosureNotFound':
      return only(problem(404, 'disclosure-not-found', 'Disclosure not found', { detail: error.message }));
    case 'CompanyAlreadyRegistered':
      return only(problem(409, 'company-already-registered', 'Company already registered', { detail: error.message }));
    case 'DisclosureIdConflict':
      return only(problem(409, 'disclosure-id-conflict', 'Disclosure id already used for other content', { detail: error.message }));
    case 'DisclosureAlreadyRetracted':
      return only(problem(409, 'disclosure-retracted', 'Disclosure already retracted', { detail: error.message }));
    case 'RevisionMismatch':
      return {
        problem: problem(412, 'revision-mismatch', 'The company has moved on since that revision', {
          detail: error.message,
          expectedRevision: error.expected,
          currentRevision: error.actual,
        }),
        headers: { etag: `"${error.actual}"` },
      };
    default:
      return assertNever(error);
  }
}

function only(body: Problem): { problem: Problem; headers: Record<string, string> } {
  return { problem: body, headers: {} };
}

function assertNever(error: never): never {
  throw new Error(`unmapped write error ${JSON.stringify(error)}`);
}
