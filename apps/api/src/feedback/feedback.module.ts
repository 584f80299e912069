import { Module } from '@nestjs/common';
import { HealthModule } from '../health/health.module';
import { OutboxModule } from '../realtime/outbox.module';
import { RiskModule } from '../risk/risk.module';
import { TicketsModule } from '../tickets/tickets.module';
import { SellerFeedbackResolver } from './feedback.resolver';
import { FeedbackRepository } from './feedback.repository';
import { FeedbackService } from './feedback.service';

/** Seller feedback (ARCHITECTURE.md "feedback"): negative feedback as tickets, removal requests and outcomes. */
@Module({
  imports: [TicketsModule, HealthModule, RiskModule, OutboxModule],
  providers: [FeedbackRepository, FeedbackService, SellerFeedbackResolver],
  exports: [FeedbackRepository, FeedbackService],
})
export class FeedbackModule {}
