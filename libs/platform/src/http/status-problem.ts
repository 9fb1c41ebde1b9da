import { Problem, problem } from './problem';

const TITLES: Record<number, [slug: string, title: string]> = {
  400: ['bad-request', 'Bad request'],
  404: ['not-found', 'Not found'],
  405: ['method-not-allowed', 'Method not allowed'],
  406: ['not-acceptable', 'Not acceptable'],
  409: ['conflict', 'Conflict'],
  412: ['precondition-failed', 'Precondition failed'],
  413: ['payload-too-large', 'Request body too large'],
  414: ['uri-too-long', 'URI too long'],
  415: ['unsupported-media-type', 'Unsupported media type'],
  422: ['unprocessable', 'Unprocessable content'],
  500: ['internal', 'Internal server error'],
  503: ['unavailable', 'Service unavailable'],
};

/** The generic problem for an HTTP status: its type and title never vary, the detail says what happened. */
export function statusProblem(status: number, extra: Omit<Partial<Problem>, 'status' | 'type' | 'title'> = {}): Problem {
  const [slug, title] = TITLES[status] ?? [`http-${status}`, `HTTP ${status}`];
  return problem(status, slug, title, extra);
}
