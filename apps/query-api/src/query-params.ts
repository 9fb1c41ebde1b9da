import { FieldProblem, ProblemException, problem } from '@ledger/platform/framework-free';
import { LEDGER_DATE_DESCRIPTION, RECORDABLE_TYPES, isLedgerDate, isRecordableType } from '@ledger/disclosures';
import { Position, isPosition } from '@ledger/event-store';
import { CursorKey, Page, SortOrder, decodeCursor, instantOf } from '@ledger/projections';
import { cursorScope, scopedCursor, unscopedCursor } from './cursor-scope';

export const MAX_LIMIT = 500;
const DEFAULT_LIMIT = 50;
const DAY_MS = 86_400_000;

/** Reads query parameters, collecting every fault; `valid()` then throws one 400 naming them all. */
export class QueryParams {
  private readonly errors: FieldProblem[] = [];
  private scope?: string;

  constructor(private readonly query: Record<string, unknown>) {}

  text(name: string): string | undefined {
    const value = this.query[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value.trim() === '') return this.fault(name, 'must be given once, not empty');
    return value.trim();
  }

  limit(): number {
    const text = this.text('limit');
    if (text === undefined) return DEFAULT_LIMIT;
    const limit = Number(text);
    if (!/^\d{1,4}$/.test(text) || limit < 1 || limit > MAX_LIMIT) return this.fault('limit', `must be a whole number from 1 to ${MAX_LIMIT}`) ?? DEFAULT_LIMIT;
    return limit;
  }

  oneOf<T extends string>(name: string, values: readonly T[]): T | undefined {
    const text = this.text(name);
    if (text === undefined || (values as readonly string[]).includes(text)) return text as T | undefined;
    return this.fault(name, `must be one of ${values.join(', ')}`);
  }

  order(): SortOrder {
    return this.oneOf('order', ['asc', 'desc'] as const) ?? 'asc';
  }

  /** Comma-separated disclosure types. */
  types(): string[] | undefined {
    const text = this.text('type');
    if (text === undefined) return undefined;
    const types = text.split(',').map((type) => type.trim());
    const unknown = types.filter((type) => !isRecordableType(type));
    if (unknown.length > 0) return this.fault('type', `unknown type ${unknown.join(', ')}; known: ${RECORDABLE_TYPES.join(', ')}`);
    return types;
  }

  /**
   * A date or an ISO 8601 instant, in epoch milliseconds. A bare date as an upper bound means the
   * whole day (up to its last millisecond); as a lower bound, the start of the day.
   */
  instant(name: string, bound: 'start' | 'end' = 'start'): number | undefined {
    const text = this.text(name);
    if (text === undefined) return undefined;
    if (!isLedgerDate(text)) return this.fault(name, `must be ${LEDGER_DATE_DESCRIPTION}`);
    const ms = instantOf(text);
    return bound === 'end' && text.length === 10 ? ms + DAY_MS - 1 : ms;
  }

  /** A list given comma-separated or repeated (`?name=a,b` and `?name=a&name=b` alike); `rejection` says why items are refused. */
  list(name: string, accepts: (item: string) => boolean, rejection: (refused: string[]) => string): string[] {
    const value = this.query[name];
    if (value === undefined) return [];
    const items = (Array.isArray(value) ? value : [value]).flatMap((part) => String(part).split(',')).map((item) => item.trim());
    if (items.includes('')) return this.faultyList(name, 'must not be empty, nor hold an empty item');
    const refused = items.filter((item) => !accepts(item));
    return refused.length > 0 ? this.faultyList(name, rejection(refused)) : items;
  }

  /** Read-your-writes: a position a write returned. */
  minPosition(): Position | undefined {
    const text = this.text('minPosition');
    if (text === undefined || isPosition(text)) return text;
    return this.fault('minPosition', 'must be a log position, as a write returned it');
  }

  /** The position a page continues from, when the cursor was made by this `listing` with the same filters and order. */
  cursor(shape: readonly ('n' | 's')[], listing: string): CursorKey | null {
    this.scope = cursorScope(listing, this.query);
    const text = this.text('cursor');
    if (text === undefined) return null;
    const cursor = unscopedCursor(this.scope, text);
    if (cursor === undefined) return this.fault('cursor', 'was made by another listing, filters or order: start again without it') ?? null;
    return decodeCursor(cursor, shape) ?? this.fault('cursor', 'is not a cursor this listing returned') ?? null;
  }

  /** The page with its `next` cursor tied to this query (see cursor()). */
  page(page: Page): Page {
    if (this.scope === undefined) throw new Error('page() needs cursor() first');
    return { documents: page.documents, next: scopedCursor(this.scope, page.next) };
  }

  /** Throws a 400 problem naming every faulty parameter, answered with `headers`. */
  valid(headers: Record<string, string> = {}): void {
    if (this.errors.length > 0) {
      throw new ProblemException(
        problem(400, 'validation', 'Invalid request', { detail: `${this.errors.length} invalid parameter(s)`, errors: this.errors }),
        headers,
      );
    }
  }

  private faultyList(path: string, message: string): string[] {
    this.fault(path, message);
    return [];
  }

  private fault(path: string, message: string): undefined {
    this.errors.push({ path, message });
    return undefined;
  }
}
