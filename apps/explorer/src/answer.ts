/** The ledger's answers as the pages use them: the body, the read model's position, and refusals thrown as readable errors. */

export interface FieldProblem {
  path: string;
  message: string;
}

export interface Problem {
  title?: string;
  detail?: string;
  errors?: FieldProblem[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(describeProblem(status, problem));
  }
}

function describeProblem(status: number, problem: Problem): string {
  const fields = (problem.errors ?? []).map((error) => `${error.path}: ${error.message}`).join('; ');
  return [`${status} ${problem.title ?? 'Request failed'}`, problem.detail, fields].filter(Boolean).join(' — ');
}

export interface Answer<T> {
  body: T;
  /** The read model's checkpoint (`Ledger-Position`), where a live stream can resume without a gap. */
  position: string | null;
}

/** What the typed client hands back for one request. */
interface ClientResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The answer of a request of the typed client, or an ApiError carrying its problem. */
export async function answer<T>(request: Promise<ClientResult>): Promise<Answer<T>> {
  const { data, error, response } = await request;
  if (!response.ok) throw new ApiError(response.status, error ?? {});
  return { body: data as T, position: response.headers.get('ledger-position') };
}

/** Query parameters without the empty ones (the API refuses an empty parameter). */
export function present<T extends Record<string, string | number | undefined | null>>(params: T): Partial<T> {
  return Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined && value !== null && value !== '')) as Partial<T>;
}
