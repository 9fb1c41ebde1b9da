import { Transform } from 'class-transformer';
import { ValidateBy, ValidationArguments } from 'class-validator';
import { FieldError, LedgerDate, RECORDABLE_TYPES, isRecordableType, OneOf, Optional, inOrder, validateCheckedPlain } from '@ledger/disclosures';
import { NotInSchemas, invalidRequest } from '@ledger/platform/framework-free';
import { isPosition } from '@ledger/event-store';
import { CursorKey, Page, SortOrder, decodeCursor, instantOf } from '@ledger/projections';
import { cursorScope, scopedCursor, unscopedCursor } from './cursor-scope';

export const MAX_LIMIT = 500;
const DEFAULT_LIMIT = 50;
const DAY_MS = 86_400_000;

/** A check of one parameter, with a message that starts with its name. */
function check(name: string, validate: (value: unknown) => boolean, message: (args: ValidationArguments) => string): PropertyDecorator {
  return ValidateBy({ name, validator: { validate, defaultMessage: (args) => `${args!.property} ${message(args!)}` } });
}

const trimmed = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
const givenOnce = check(
  'givenOnce',
  (value) => typeof value === 'string' && value !== '',
  () => 'must be given once, not empty',
);

/** An optional parameter given once, not blank, trimmed; then checked by `form`. */
export function Single(...form: PropertyDecorator[]): PropertyDecorator {
  return inOrder(Optional(), trimmed, givenOnce, ...form);
}

/** A date or an ISO 8601 instant (see instantParam). */
export const Instant = () => Single(LedgerDate());

export const Choice = (values: readonly string[]) => Single(OneOf(values));

export const ORDERS: readonly SortOrder[] = ['asc', 'desc'];

export const Limit = () =>
  Single(
    check(
      'isLimit',
      (value) => /^\d{1,4}$/.test(value as string) && Number(value) >= 1 && Number(value) <= MAX_LIMIT,
      () => `must be a whole number from 1 to ${MAX_LIMIT}`,
    ),
  );

/** Read-your-writes: a position a write returned. */
export const MinPosition = () =>
  Single(
    check(
      'isPosition',
      (value) => isPosition(value as string),
      () => 'must be a log position, as a write returned it',
    ),
  );

const listed = Transform(({ value }: { value: unknown }) =>
  value === undefined ? value : (Array.isArray(value) ? value : [value]).flatMap((part) => String(part).split(',')).map((item) => item.trim()),
);

/** A list given comma-separated or repeated (`?name=a,b` and `?name=a&name=b` alike); `rejection` says why items are refused. */
export function List(accepts: (item: string) => boolean, rejection: (refused: string[]) => string): PropertyDecorator {
  const items = (args: ValidationArguments) => args.value as string[];
  return inOrder(
    Optional(),
    listed,
    check(
      'hasNoEmptyItem',
      (value) => !(value as string[]).includes(''),
      () => 'must not be empty, nor hold an empty item',
    ),
    check(
      'acceptsAll',
      (value) => (value as string[]).every(accepts),
      (args) => rejection(items(args).filter((item) => !accepts(item))),
    ),
  );
}

/** Comma-separated (or repeated) disclosure types. */
export const DisclosureTypes = () => List(isRecordableType, (unknown) => `has unknown types ${unknown.join(', ')}; known: ${RECORDABLE_TYPES.join(', ')}`);

/** The parameters of every read. */
@NotInSchemas()
export class ReadParams {
  @MinPosition() minPosition?: string;
}

/** The parameters of a page of a listing; a subclass's own parameters are checked (and named) first. */
@NotInSchemas()
export class PageParams {
  @Limit() limit?: string;
  @Single() cursor?: string;
  @MinPosition() minPosition?: string;
}

/** What a listing is, for its cursors: its name (with its path) and the shape of its sort key. */
export interface Listing {
  name: string;
  shape: readonly ('n' | 's')[];
}

/**
 * A query string checked by its class: every fault is collected, and `valid()` then throws one 400
 * naming them all. A listing's cursor is only taken back by the same listing with the same filters
 * and order.
 */
export class CheckedQuery<T extends object> {
  readonly errors: FieldError[];
  /** The position a page continues from. */
  readonly after: CursorKey | null = null;
  private readonly checked: T;
  private readonly scope?: string;

  constructor(type: new () => T, query: Record<string, unknown>, listing?: Listing) {
    const checked = validateCheckedPlain(type, query, '', { unknown: 'ignore' });
    this.checked = checked.ok ? checked.value : ({} as T);
    this.errors = checked.ok ? [] : checked.error;
    if (listing === undefined) return;
    this.scope = cursorScope(listing.name, query);
    const text = typeof query.cursor === 'string' ? query.cursor.trim() : '';
    if (text === '') return;
    const cursor = unscopedCursor(this.scope, text);
    this.after = cursor === undefined ? null : decodeCursor(cursor, listing.shape);
    if (cursor === undefined) this.errors.push({ path: 'cursor', message: 'cursor was made by another listing, filters or order: start again without it' });
    else if (this.after === null) this.errors.push({ path: 'cursor', message: 'cursor is not a cursor this listing returned' });
  }

  /** The parameters; throws a 400 problem naming every faulty one, answered with `headers`. */
  valid(headers: Record<string, string> = {}): T {
    if (this.errors.length > 0) throw invalidRequest(this.errors, headers);
    return this.checked;
  }

  /** The page with its `next` cursor tied to this query. */
  page(page: Page): Page {
    if (this.scope === undefined) throw new Error('page() needs a listing');
    return { documents: page.documents, next: scopedCursor(this.scope, page.next) };
  }
}

export function limitOf(params: { limit?: string }): number {
  return params.limit === undefined ? DEFAULT_LIMIT : Number(params.limit);
}

/**
 * A date or an ISO 8601 instant, in epoch milliseconds. A bare date as an upper bound means the
 * whole day (up to its last millisecond); as a lower bound, the start of the day.
 */
export function instantParam(text: string | undefined, bound: 'start' | 'end' = 'start'): number | undefined {
  if (text === undefined) return undefined;
  const ms = instantOf(text);
  return bound === 'end' && text.length === 10 ? ms + DAY_MS - 1 : ms;
}
