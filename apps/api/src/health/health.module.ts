import { Module } from '@nestjs/common';
import { EbayModule } from '../ebay/ebay.module';
import { MailOutboxModule } from '../channels/mail-outbox.module';
import { OutboxModule } from '../realtime/outbox.module';
import { SlaModule } from '../sla/sla.module';
import { TenancyModule } from '../tenancy/tenancy.module';
import { HealthMetricsService } from './health-metrics.service';
import { HealthRecomputeService } from './health-recompute.service';
import { HealthSweeperService } from './health-sweeper.service';
import { HealthThresholdsResolver } from './health-thresholds.resolver';
import { HealthThresholdsService } from './health-thresholds.service';
import { HealthRepository } from './health.repository';
import { AccountHealthResolver } from './health.resolver';
import { HealthService } from './health.service';

/** Account-health metrics, snapshots, alerts (ARCHITECTURE.md "health"). */
@Module({
  imports: [OutboxModule, MailOutboxModule, TenancyModule, SlaModule, EbayModule],
  providers: [HealthRepository, HealthMetricsService, HealthRecomputeService, HealthSweeperService, HealthService, AccountHealthResolver, HealthThresholdsService, HealthThresholdsResolver],
  exports: [HealthRepository, HealthMetricsService, HealthRecomputeService, HealthSweeperService],
})
export class HealthModule {}
