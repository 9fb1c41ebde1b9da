import { ConsoleLogger, DynamicModule, Logger, Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { constants } from 'node:os';
import * as path from 'node:path';
import { describeStoreLocation } from '@ledger/event-store';
import { ConfigError, ConfigScope, LedgerConfig, loadConfig, prepareStores } from '../config/ledger-config';
import { LedgerMetrics } from '../metrics/ledger-metrics';
import { measureRequests } from '../metrics/http-metrics';
import { OperationsModule } from '../metrics/operations.module';
import { openKeysForServer } from '../auth/server-keys';
import { createHttpApp } from './create-http-app';

/** What an app uses of the settings; by default the read store and the live streams too. */
export type ServeOptions = ConfigScope;

/** Signals that stop a server gracefully; a second one during the shutdown stops it at once. */
const STOP_SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGINT', 'SIGHUP'];
/** How long requests in progress may take to be answered once a stop is asked. */
const DRAIN_MS = 5_000;
/** Beyond this a shutdown that hangs (a store that does not close) ends with exit code 1. */
const SHUTDOWN_DEADLINE_MS = 10_000;
/** How long a server that failed to listen may take to close what it opened. */
const ABORT_CLOSE_MS = 2_000;

/**
 * Starts an app from the environment's settings and says where it listens and which stores it uses.
 * A setting that is malformed, a store that cannot be used or a port in use ends the process with
 * exit code 1 and one line saying why. SIGTERM, SIGINT or SIGHUP stop it gracefully (exit code 0):
 * it stops accepting connections, answers the requests in progress, ends the live streams and closes
 * the stores; a second signal ends it at once.
 */
export async function serve(name: string, rootModule: (config: LedgerConfig) => Type<unknown> | DynamicModule, options: ServeOptions = {}): Promise<void> {
  const scope: Required<ConfigScope> = { readStore: options.readStore ?? true, live: options.live ?? true, decisionIndex: options.decisionIndex ?? false };
  let app: NestFastifyApplication | undefined;
  let config: LedgerConfig | undefined;
  try {
    config = loadConfig(process.env, scope);
    prepareStores(config, scope);
    // Nest's own logger would print a failure to start as a stack trace: off until the app listens.
    const keys = openKeysForServer(name, config.access.keysFile);
    app = await createHttpApp(withOperations(rootModule(config), config), {
      logger: false,
      logLevel: config.logLevel,
      protection: { keys, access: config.access, limits: config.limits },
    });
    measureRequests(app.getHttpAdapter().getInstance(), app.get(LedgerMetrics));
    const requests = trackRequests(app.getHttpServer());
    await listen(app, config);
    restoreLogger();
    handleStopSignals(name, app, requests);
    console.log(startedLine(name, app, config, scope));
  } catch (error) {
    console.error(`${name} could not start: ${describeStartFailure(error, config)}`);
    if (app) await withDeadline(app.close(), ABORT_CLOSE_MS).catch(() => undefined);
    process.exit(1);
  }
}

/** Every app has /metrics and the settings of /health/ready. */
function withOperations(app: Type<unknown> | DynamicModule, config: LedgerConfig): DynamicModule {
  return { module: class ServedApp {}, imports: [OperationsModule.forSettings({ maxLagEvents: config.readyMaxLagEvents }), app] };
}

class ListenError extends Error {
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

async function listen(app: NestFastifyApplication, config: LedgerConfig): Promise<void> {
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    throw new ListenError(error);
  }
}

function describeStartFailure(error: unknown, config: LedgerConfig | undefined): string {
  if (error instanceof ConfigError) return error.message;
  if (error instanceof ListenError && config) {
    const code = (error.cause as { code?: unknown } | null)?.code;
    switch (code) {
      case 'EADDRINUSE':
        return `port ${config.port} is already in use on ${formatHost(config.host)} (PORT=${config.port}): stop what listens there, or set PORT to a free port (0 picks one)`;
      case 'EACCES':
        return `port ${config.port} on ${formatHost(config.host)} needs privileges this process lacks (EACCES): set PORT to 1024 or above`;
      case 'EADDRNOTAVAIL':
        return `HOST ${config.host} is not an address of this machine (EADDRNOTAVAIL): set HOST to one of its addresses, or 0.0.0.0`;
      case 'ENOTFOUND':
      case 'EAI_AGAIN':
      case 'EAI_NONAME':
        return `HOST ${config.host} does not resolve to an address (${code}): set HOST to an IP address or a known host name`;
    }
  }
  const cause = error instanceof ListenError ? error.cause : error;
  const message = cause instanceof Error ? cause.message : String(cause);
  const code = (cause as { code?: unknown } | null)?.code;
  const firstLine = message.split('\n')[0];
  return typeof code === 'string' && !firstLine.includes(code) ? `${firstLine} (${code})` : firstLine;
}

function startedLine(name: string, app: NestFastifyApplication, config: LedgerConfig, scope: Required<ConfigScope>): string {
  const { port } = app.getHttpServer().address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : formatHost(config.host);
  const readStore = scope.readStore ? `; read store: SQLite ${path.resolve(config.readStore)}` : '';
  const decisionIndex = scope.decisionIndex ? `; decision index: SQLite ${path.resolve(config.decisionIndex)}` : '';
  return `${name} listening on http://${host}:${port} (store: ${describeStoreLocation(config.store)}${readStore}${decisionIndex}; API docs at /docs)`;
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

function restoreLogger(): void {
  Logger.overrideLogger(new ConsoleLogger({ logLevels: ['error', 'warn'] }));
}

/** The requests received and not answered yet (an answer begun counts as given: a live stream is one). */
interface RequestTracker {
  /** From now on every answer closes its connection. */
  drain(): void;
  /** Resolves once every request received has begun its answer, or after `ms`. */
  answered(ms: number): Promise<void>;
  /** Drops the connections of the requests still unanswered (a body that never comes). */
  dropUnanswered(): number;
}

function trackRequests(server: Server): RequestTracker {
  const open = new Set<ServerResponse>();
  let draining = false;
  const closeAfter = (response: ServerResponse) => {
    if (!response.headersSent) response.setHeader('connection', 'close');
  };
  server.on('request', (_request, response: ServerResponse) => {
    open.add(response);
    if (draining) closeAfter(response);
    const settle = () => open.delete(response);
    response.once('finish', settle);
    response.once('close', settle);
  });
  const unanswered = () => [...open].some((response) => !response.headersSent);
  return {
    drain() {
      draining = true;
      open.forEach(closeAfter);
    },
    answered(ms) {
      const until = Date.now() + ms;
      return new Promise((resolve) => {
        const check = () => (!unanswered() || Date.now() >= until ? resolve() : setTimeout(check, 20));
        check();
      });
    },
    dropUnanswered() {
      const left = [...open].filter((response) => !response.headersSent);
      for (const response of left) response.socket?.destroy();
      return left.length;
    },
  };
}

/** createHttpApp lets Nest handle the signals, which exits by the signal (not 0) and ignores a second one: serve handles them instead. */
function handleStopSignals(name: string, app: NestFastifyApplication, requests: RequestTracker): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.error(`${name} received ${signal} again: exiting at once`);
      process.exit(128 + (constants.signals[signal] ?? 15));
    }
    stopping = true;
    console.log(`${name} stopping (${signal}): no new connections; answering requests in progress, ending live streams, closing the stores`);
    const deadline = setTimeout(() => {
      console.error(`${name} did not stop within ${SHUTDOWN_DEADLINE_MS / 1000} s: exiting`);
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    void stop(name, app, requests).then(
      () => {
        console.log(`${name} stopped`);
        process.exit(0);
      },
      (error: unknown) => {
        console.error(`${name} failed to stop cleanly: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        process.exit(1);
      },
    );
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
}

async function stop(name: string, app: NestFastifyApplication, requests: RequestTracker): Promise<void> {
  const server = app.getHttpServer();
  // No new connection; idle kept-alive ones are closed, busy ones after their answer.
  requests.drain();
  server.close();
  await requests.answered(DRAIN_MS);
  const dropped = requests.dropUnanswered();
  if (dropped > 0) console.error(`${name}: ${dropped} request(s) still unanswered after ${DRAIN_MS / 1000} s, their connections closed`);
  // Then Nest ends the live streams, stops the projector, closes the HTTP server and the stores.
  await app.close();
}

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms).unref())]);
}
