import { DynamicModule, Global, Module } from '@nestjs/common';
import { LedgerMetrics } from './ledger-metrics';
import { MetricsController } from './metrics.controller';
import { READINESS_SETTINGS, ReadinessSettings } from './readiness';

/** GET /metrics, the LedgerMetrics every part of the app reports to, and the bounds of readiness. */
@Global()
@Module({})
export class OperationsModule {
  static forSettings(readiness: ReadinessSettings): DynamicModule {
    return {
      module: OperationsModule,
      controllers: [MetricsController],
      providers: [LedgerMetrics, { provide: READINESS_SETTINGS, useValue: readiness }],
      exports: [LedgerMetrics, READINESS_SETTINGS],
    };
  }
}
