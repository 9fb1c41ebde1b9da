/** RFC 9457 problem details, with `errors` naming each field at fault. */
export interface FieldProblem {
  path: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldProblem[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TYPE_BASE = 'https://disclosure-ledger.dev/problems/';

export function problem(status: number, slug: string, title: string, extra: Omit<Partial<Problem>, 'status' | 'type' | 'title'> = {}): Problem {
  return { type: `${TYPE_BASE}${slug}`, title, status, ...extra };
}

/** Thrown by controllers to answer with a problem document; everything else becomes one in the filter. */
export class ProblemException extends Error {
  constructor(
    readonly problem: Problem,
    readonly headers: Record<string, string> = {},
  ) {
    super(problem.detail ?? problem.title);
  }
}
