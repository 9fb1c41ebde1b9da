/** Plain fetch against the ledger's own HTTP API (same origin), with RFC 9457 problems turned into readable errors. */

const KEY_STORAGE = 'ledger-api-key';

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

/** An API key for writes and admin, kept for this browser tab only. */
export function apiKey(): string {
  return sessionStorage.getItem(KEY_STORAGE) ?? '';
}

export function setApiKey(key: string): void {
  if (key.trim() === '') sessionStorage.removeItem(KEY_STORAGE);
  else sessionStorage.setItem(KEY_STORAGE, key.trim());
}

export interface Answer<T> {
  body: T;
  /** The read model's checkpoint (`Ledger-Position`), where a live stream can resume without a gap. */
  position: string | null;
}

export async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown, signal?: AbortSignal): Promise<Answer<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (apiKey()) headers.authorization = `Bearer ${apiKey()}`;
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal });
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new ApiError(response.status, parsed ?? {});
  return { body: parsed as T, position: response.headers.get('ledger-position') };
}

export const getJson = <T>(path: string, signal?: AbortSignal) => call<T>('GET', path, undefined, signal);
export const postJson = <T>(path: string, body: unknown) => call<T>('POST', path, body);

/** A query string from the defined, non-empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
