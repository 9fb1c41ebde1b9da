import { DynamicModule, Type } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { describeStoreLocation } from '@ledger/event-store';
import { LedgerConfig, loadConfig } from '../config/ledger-config';
import { createHttpApp } from './create-http-app';

/** Starts an app from the environment's settings and says where it listens and which store it uses. */
export async function serve(name: string, rootModule: (config: LedgerConfig) => Type<unknown> | DynamicModule): Promise<void> {
  try {
    const config = loadConfig();
    const app = await createHttpApp(rootModule(config));
    await app.listen({ port: config.port, host: config.host });
    const { port } = app.getHttpServer().address() as AddressInfo;
    const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
    console.log(`${name} listening on http://${host}:${port} (store: ${describeStoreLocation(config.store)}; API docs at /docs)`);
  } catch (error) {
    console.error(`${name} could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
