/** What a request says about itself beyond its body. */
export interface WriteContext {
  /** The stream revision the caller last saw (If-Match); the write fails when the stream has moved on. */
  expectedRevision?: number;
  correlationId?: string;
  causationId?: string;
  /** The name of the API key that asked for the write (never its secret). */
  keyName?: string;
}

export interface WriteResult {
  disclosures: { disclosureId: string; revision: number }[];
  /** Log position of the last event written (or, for a replay, of the last original event). */
  position: string;
  /** Stream revision after the write. */
  revision: number;
  /** True when every event was already recorded with the same content and nothing was written. */
  replayed: boolean;
}
