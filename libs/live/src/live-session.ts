import { Observable, Subscription } from 'rxjs';
import type { RecordedEvent } from '@ledger/event-store';
import { BoundedWriter } from './bounded-writer';
import { WireFormat } from './wire-format';

/** Why the server ended a stream. */
export type LiveFailure = { reason: 'slow-consumer'; pending: number } | { reason: 'store-failed'; error: unknown };

export interface LiveSessionOptions {
  /** The client's events; `ready` paces the catch-up on what the client takes. */
  events: (ready: () => Promise<void> | undefined) => Observable<RecordedEvent>;
  writer: BoundedWriter;
  format: WireFormat;
  /** The body of the final `error` message. */
  describeFailure: (failure: LiveFailure) => object;
  /** How long a stream that was told to end may take to flush before its connection is dropped. */
  endGraceMs: number;
  onEnded: (session: LiveSession) => void;
}

/** One client's stream: its events written through its bounded writer, ended cleanly in every case. */
export class LiveSession {
  private subscription: Subscription | null = null;
  private ended = false;

  constructor(private readonly options: LiveSessionOptions) {}

  start(): void {
    const { writer, format } = this.options;
    writer.send(format.opening);
    this.subscription = this.options
      .events(() => writer.whenReady())
      .subscribe({
        next: (event) => this.send(format.event(event)),
        error: (error: unknown) => this.end({ reason: 'store-failed', error }),
        complete: () => this.end(),
      });
    if (this.ended) this.subscription.unsubscribe();
  }

  heartbeat(): void {
    this.send(this.options.format.heartbeat);
  }

  /** Ends the stream, with a final error message when it ends because of `failure`. */
  end(failure?: LiveFailure, graceMs = this.options.endGraceMs): void {
    if (this.ended) return;
    this.ended = true;
    this.subscription?.unsubscribe();
    const { writer, format } = this.options;
    writer.end(failure ? format.error(this.options.describeFailure(failure)) : undefined, graceMs);
    this.options.onEnded(this);
  }

  private send(message: Buffer): void {
    if (this.ended) return;
    if (!this.options.writer.send(message)) this.end({ reason: 'slow-consumer', pending: this.options.writer.pending });
  }
}
