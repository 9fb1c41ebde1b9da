import { COMPANY_STREAMS, companyStream } from '@ledger/disclosures';
import { LogFilter, RecordedEvent } from '@ledger/event-store';

/** What a live client asks for; an absent or empty list means "any". */
export interface StreamSelection {
  companies?: readonly string[];
  types?: readonly string[];
}

/**
 * A client's selection, compiled once: an exact in-memory test (run for every event of the shared
 * feed, so it is two set lookups) and the closest log filter the store can apply to history.
 */
export class StreamFilter {
  private readonly streams: ReadonlySet<string> | null;
  private readonly types: ReadonlySet<string> | null;
  /** The same for selections that match the same events, whatever the order or repeats of their lists. */
  readonly key: string;

  constructor(readonly selection: StreamSelection = {}) {
    this.streams = nonEmpty(selection.companies?.map(companyStream));
    this.types = nonEmpty(selection.types);
    this.key = [this.streams, this.types].map((values) => [...(values ?? [])].sort().join(',')).join('\u0000');
  }

  matches(event: RecordedEvent): boolean {
    return (this.streams === null || this.streams.has(event.streamId)) && (this.types === null || this.types.has(event.type));
  }

  /** Stream prefixes over-match ("company-acme" also matches "company-acme-2"), so history is tested with `matches` too. */
  toLogFilter(): LogFilter {
    return {
      streamPrefixes: this.streams ? [...this.streams] : COMPANY_STREAMS.streamPrefixes,
      ...(this.types ? { eventTypes: [...this.types] } : {}),
    };
  }
}

function nonEmpty(values: readonly string[] | undefined): ReadonlySet<string> | null {
  return values && values.length > 0 ? new Set(values) : null;
}
