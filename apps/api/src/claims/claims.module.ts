import { Module } from '@nestjs/common';
import { HealthModule } from '../health/health.module';
import { OutboxModule } from '../realtime/outbox.module';
import { RiskModule } from '../risk/risk.module';
import { SlaModule } from '../sla/sla.module';
import { TicketsModule } from '../tickets/tickets.module';
import { ClaimResolver } from './claims.resolver';
import { ClaimsRepository } from './claims.repository';
import { ClaimsService } from './claims.service';

/** A-to-z claims and chargebacks (ARCHITECTURE.md "claims"): tickets on arrival, response, decision, appeal. */
@Module({
  imports: [TicketsModule, HealthModule, RiskModule, SlaModule, OutboxModule],
  providers: [ClaimsRepository, ClaimsService, ClaimResolver],
  exports: [ClaimsRepository, ClaimsService],
})
export class ClaimsModule {}
