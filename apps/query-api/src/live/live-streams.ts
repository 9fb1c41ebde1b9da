import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { companyStream } from '@ledger/disclosures';
import { EventStore } from '@ledger/event-store';
import { LiveFeed, LiveHub, StreamSelection, checkStart } from '@ledger/live';
import { EVENT_STORE, ProblemException, problem } from '@ledger/platform';
import { parseStreamSelection } from './stream-selection';
import { wireFormatFor } from './wire-format-choice';

/** Header naming the position a stream starts strictly after ("start" for the first event). */
export const STREAM_AFTER_HEADER = 'stream-after';

/** Turns a GET into a live stream: checks what is asked (problems before any byte is sent), then hands the socket to the hub. */
@Injectable()
export class LiveStreams {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly feed: LiveFeed,
    private readonly hub: LiveHub,
  ) {}

  async open(request: FastifyRequest, reply: FastifyReply, asked: { companies?: unknown; types?: unknown }): Promise<void> {
    const { selection, errors } = parseStreamSelection(asked);
    if (errors.length > 0) throw new ProblemException(problem(400, 'validation', 'Invalid request', { errors }));
    await this.streamTo(request, reply, selection);
  }

  async openCompany(request: FastifyRequest, reply: FastifyReply, companyId: string, asked: { types?: unknown }): Promise<void> {
    const { selection, errors } = parseStreamSelection({ companies: companyId, types: asked.types });
    if (errors.length > 0) throw new ProblemException(problem(400, 'validation', 'Invalid request', { errors }));
    const registration = await this.store.readStream(companyStream(companyId), { maxCount: 1 });
    if (registration.length === 0) {
      throw new ProblemException(problem(404, 'company-not-registered', 'Company not registered', { detail: `no company ${companyId} in the ledger` }));
    }
    await this.streamTo(request, reply, selection);
  }

  private async streamTo(request: FastifyRequest, reply: FastifyReply, selection: StreamSelection): Promise<void> {
    const query = request.query as { from?: unknown };
    const lastEventId = request.headers['last-event-id'];
    const start = await checkStart(this.store, typeof lastEventId === 'string' ? lastEventId : undefined, typeof query.from === 'string' ? query.from : undefined);
    if (!start.ok) {
      const errors = [{ path: lastEventId ? 'Last-Event-ID' : 'from', message: start.detail }];
      throw new ProblemException(problem(400, start.problem === 'malformed' ? 'validation' : 'unknown-position', 'Invalid request', { detail: start.detail, errors }));
    }
    const format = wireFormatFor(request.headers.accept);
    const after = start.start ?? this.feed.frontier;
    reply.hijack();
    const out = reply.raw;
    out.writeHead(200, {
      'content-type': format.contentType,
      'cache-control': 'no-cache, no-transform',
      // Asks reverse proxies not to hold messages back.
      'x-accel-buffering': 'no',
      ...(after !== null ? { [STREAM_AFTER_HEADER]: after } : {}),
    });
    out.flushHeaders();
    this.hub.open(out, { from: start.start, selection, format });
  }
}
