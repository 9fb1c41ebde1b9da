/** An RFC 9457 problem document, as every error of the ledger is answered. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { path: string; message: string }[];
  [extension: string]: unknown;
}

/** A refusal from the ledger, thrown where an answer is not handed back (the live stream). */
export class LedgerProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ''}`);
    this.name = 'LedgerProblemError';
  }
}

/** The problem a refused response carries; one is made from the status when the body is not a problem. */
export async function problemOf(response: Response): Promise<Problem> {
  const body = (await response.json().catch(() => undefined)) as Partial<Problem> | undefined;
  if (body && typeof body.title === 'string') return { ...body, type: body.type ?? 'about:blank', title: body.title, status: response.status };
  return { type: 'about:blank', title: response.statusText || `HTTP ${response.status}`, status: response.status };
}
