import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import type { DataSource } from 'typeorm';
import { AuthGuard } from './auth/auth.guard';
import { AuthModule } from './auth/auth.module';
import { ChannelsModule } from './channels/channels.module';
import { ClaimsModule } from './claims/claims.module';
import { CompensationModule } from './compensation/compensation.module';
import { AppExceptionFilter } from './common/graphql-error.filter';
import { ConfigModule } from './config/config.module';
import { ConsoleModule } from './console/console.module';
import type { AppConfig } from './config/config.schema';
import { DatabaseModule } from './database/database.module';
import { EbayModule } from './ebay/ebay.module';
import { FeedbackModule } from './feedback/feedback.module';
import { LifelineGraphqlModule } from './graphql/graphql.module';
import { HealthModule } from './health/health.module';
import { OrdersModule } from './orders/orders.module';
import { RealtimeModule } from './realtime/realtime.module';
import { SlaModule } from './sla/sla.module';
import { RetentionModule } from './retention/retention.module';
import { ReturnsModule } from './returns/returns.module';
import { RiskModule } from './risk/risk.module';
import { SystemModule } from './system/system.module';
import { TenancyModule } from './tenancy/tenancy.module';
import { TicketsModule } from './tickets/tickets.module';

/** Feature modules, one folder each (ARCHITECTURE.md "Backend"). */
export const FEATURE_MODULES = [
  AuthModule,
  TenancyModule,
  TicketsModule,
  SlaModule,
  RealtimeModule,
  SystemModule,
  OrdersModule,
  FeedbackModule,
  EbayModule,
  ClaimsModule,
  ReturnsModule,
  HealthModule,
  ChannelsModule,
  RiskModule,
  CompensationModule,
  RetentionModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, dataSource: DataSource, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.forConfig(config), DatabaseModule.forDataSource(dataSource, databaseUrl), LifelineGraphqlModule, ...FEATURE_MODULES, ConsoleModule.forDirectory(config.CONSOLE_DIR)],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: AppExceptionFilter },
      ],
    };
  }
}
