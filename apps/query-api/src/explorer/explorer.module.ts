import { Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { join } from 'node:path';
import { EXPLORER_ROOT, explorerBuilt } from './explorer-files';
import { ExplorerPagesController } from './explorer-pages.controller';

/** The web explorer at `/`: its pages, and its built assets under /assets/ (named by content hash, so cached for good). */
@Module({ controllers: [ExplorerPagesController] })
export class ExplorerModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  async onModuleInit(): Promise<void> {
    // No HTTP server (a module test), or no build: the pages then answer 503 saying how to build.
    if (!this.adapterHost.httpAdapter || !explorerBuilt()) return;
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    // Loaded here, not at startup: a server refusing its settings answers without paying for it.
    const { default: fastifyStatic } = await import('@fastify/static');
    void fastify.register(fastifyStatic, {
      root: join(EXPLORER_ROOT, 'assets'),
      prefix: '/assets/',
      decorateReply: false,
      immutable: true,
      maxAge: '365d',
      index: false,
    });
  }
}
