import { Module } from '@nestjs/common';
import { OutboxModule } from '../realtime/outbox.module';
import { TenancyModule } from '../tenancy/tenancy.module';
import { LateResponseRateService } from './late-response-rate.service';
import { SlaSettingsService } from './sla-settings.service';
import { SlaSweeperService } from './sla-sweeper.service';
import { LateResponseRateResolver, SlaPolicyResolver, TicketSlaResolver } from './sla.resolver';
import { SlaRepository } from './sla.repository';
import { SlaService } from './sla.service';

/** SLA policies, business calendars, clocks on tickets, the sweeper and Amazon's late response rate. */
@Module({
  imports: [TenancyModule, OutboxModule],
  providers: [SlaRepository, SlaService, SlaSettingsService, SlaSweeperService, LateResponseRateService, TicketSlaResolver, SlaPolicyResolver, LateResponseRateResolver],
  exports: [SlaService, SlaSweeperService, SlaRepository],
})
export class SlaModule {}
