import { Module } from '@nestjs/common';
import { OutboxModule } from '../realtime/outbox.module';
import { RiskModule } from '../risk/risk.module';
import { SlaModule } from '../sla/sla.module';
import { TicketsModule } from '../tickets/tickets.module';
import { CompensationConnectorRegistry } from './compensation-connector';
import { CompensationRepository } from './compensation.repository';
import { CompensationResolver, TicketCompensationResolver } from './compensation.resolver';
import { CompensationService } from './compensation.service';

/** Compensation offered to buyers, per-role limits and supervisor approval (ARCHITECTURE.md "compensation"). */
@Module({
  imports: [OutboxModule, RiskModule, SlaModule, TicketsModule],
  providers: [CompensationRepository, CompensationService, CompensationConnectorRegistry, CompensationResolver, TicketCompensationResolver],
  exports: [CompensationService],
})
export class CompensationModule {}
