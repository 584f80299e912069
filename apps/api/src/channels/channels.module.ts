import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { FeedbackModule } from '../feedback/feedback.module';
import { HealthModule } from '../health/health.module';
import { OrdersModule } from '../orders/orders.module';
import { ReturnsModule } from '../returns/returns.module';
import { TenancyModule } from '../tenancy/tenancy.module';
import { IngestController } from './ingest/ingest.controller';
import { IngestService } from './ingest/ingest.service';
import { ReportImportController } from './reports/report-import.controller';
import { ReportImportRepository } from './reports/report-import.repository';
import { ReportImportService } from './reports/report-import.service';

/** Marketplace connectors and report import (ARCHITECTURE.md "channels"). */
@Module({
  imports: [TenancyModule, OrdersModule, FeedbackModule, ClaimsModule, ReturnsModule, HealthModule],
  controllers: [IngestController, ReportImportController],
  providers: [IngestService, ReportImportService, ReportImportRepository],
})
export class ChannelsModule {}
