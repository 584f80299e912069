import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { EbayModule } from '../ebay/ebay.module';
import { FeedbackModule } from '../feedback/feedback.module';
import { HealthModule } from '../health/health.module';
import { OrdersModule } from '../orders/orders.module';
import { OutboxModule } from '../realtime/outbox.module';
import { ReturnsModule } from '../returns/returns.module';
import { RiskModule } from '../risk/risk.module';
import { TenancyModule } from '../tenancy/tenancy.module';
import { TicketsModule } from '../tickets/tickets.module';
import { InboundMailService } from './inbound-mail.service';
import { MailOutboxModule } from './mail-outbox.module';
import { IngestController } from './ingest/ingest.controller';
import { IngestService } from './ingest/ingest.service';
import { ReplyDeliveryRepository } from './reply-delivery.repository';
import { ReplyDeliveryService } from './reply-delivery.service';
import { ConsoleImportController } from './reports/console-import.controller';
import { ReportImportController } from './reports/report-import.controller';
import { ReportImportRepository } from './reports/report-import.repository';
import { ReportImportService } from './reports/report-import.service';

/**
 * How data enters and leaves Lifeline: e-mail out (SMTP) and in (an SMTP listener), marketplace
 * connectors (REST upserts) and report import (ARCHITECTURE.md "Channels").
 */
@Module({
  imports: [OutboxModule, MailOutboxModule, TicketsModule, TenancyModule, OrdersModule, FeedbackModule, ClaimsModule, ReturnsModule, HealthModule, EbayModule, RiskModule],
  controllers: [IngestController, ReportImportController, ConsoleImportController],
  providers: [ReplyDeliveryRepository, ReplyDeliveryService, InboundMailService, IngestService, ReportImportService, ReportImportRepository],
})
export class ChannelsModule {}
