import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { OutgoingHttpHeaders } from 'node:http';
import { COMPANY_ID_PATTERN, companyStream } from '@ledger/disclosures';
import { EventStore } from '@ledger/event-store';
import { LiveFeed, LiveHub, StreamSelection, checkStart } from '@ledger/live';
import { EVENT_STORE, ProblemException, problem, statusProblem } from '@ledger/platform';
import { CheckedQuery } from '../query-params';
import { AllStreamsParams, CompanyStreamParams } from './stream-selection';
import { OFFERED_MEDIA_TYPES, wireFormatFor } from './wire-format-choice';

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

  async open(request: FastifyRequest, reply: FastifyReply, query: Record<string, unknown>): Promise<void> {
    const { companies = [], types = [], from } = new CheckedQuery(AllStreamsParams, query).valid();
    await this.streamTo(request, reply, { companies, types }, from);
  }

  async openCompany(request: FastifyRequest, reply: FastifyReply, companyId: string, query: Record<string, unknown>): Promise<void> {
    const { types = [], from } = new CheckedQuery(CompanyStreamParams, query).valid();
    if (!(await this.isRegistered(companyId))) {
      throw new ProblemException(problem(404, 'company-not-registered', 'Company not registered', { detail: `no company ${companyId} in the ledger` }));
    }
    await this.streamTo(request, reply, { companies: [companyId], types }, from);
  }

  /** A malformed id names no company: the same 404 as GET /v1/companies/:companyId, without asking the store. */
  private async isRegistered(companyId: string): Promise<boolean> {
    if (!COMPANY_ID_PATTERN.test(companyId)) return false;
    const registration = await this.store.readStream(companyStream(companyId), { maxCount: 1 });
    return registration.length > 0;
  }

  private async streamTo(request: FastifyRequest, reply: FastifyReply, selection: StreamSelection, from: string | undefined): Promise<void> {
    const format = wireFormatFor(request.headers.accept);
    if (format === undefined) {
      throw new ProblemException(
        statusProblem(406, { detail: `Accept ${JSON.stringify(request.headers.accept)} admits none of ${OFFERED_MEDIA_TYPES.join(', ')}` }),
      );
    }
    const lastEventId = request.headers['last-event-id'];
    const start = await checkStart(this.store, typeof lastEventId === 'string' ? lastEventId : undefined, from);
    if (!start.ok) {
      const errors = [{ path: lastEventId ? 'Last-Event-ID' : 'from', message: start.detail }];
      throw new ProblemException(
        problem(400, start.problem === 'malformed' ? 'validation' : 'unknown-position', 'Invalid request', { detail: start.detail, errors }),
      );
    }
    const after = start.start ?? this.feed.frontier;
    reply.hijack();
    const out = reply.raw;
    out.writeHead(200, {
      // What the hooks set (security headers, CORS), which a hijacked reply does not send by itself.
      ...(reply.getHeaders() as OutgoingHttpHeaders),
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
