import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { LedgerMetrics } from './ledger-metrics';

/** GET /metrics: for a Prometheus scraper. */
@ApiTags('health')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: LedgerMetrics) {}

  @Get()
  @ApiProduces('text/plain')
  @ApiOkResponse({
    description: "The process's metrics in the Prometheus text format (see docs/operations.md).",
    content: { 'text/plain': { schema: { type: 'string' } } },
  })
  @Header('cache-control', 'no-store')
  async scrape(@Res() reply: FastifyReply): Promise<void> {
    const text = await this.metrics.text();
    await reply.header('content-type', this.metrics.contentType).send(text);
  }
}
