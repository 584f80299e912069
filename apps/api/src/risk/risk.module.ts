import { Module } from '@nestjs/common';
import { OutboxModule } from '../realtime/outbox.module';
import { TenancyModule } from '../tenancy/tenancy.module';
import { RiskRecomputeService } from './risk-recompute.service';
import { RiskSweeperService } from './risk-sweeper.service';
import { RiskRepository } from './risk.repository';
import { RiskResolver } from './risk.resolver';
import { RiskService } from './risk.service';

/** The high-risk order pool (ARCHITECTURE.md "risk"): scores, reasons, claiming from the pool. */
@Module({
  imports: [OutboxModule, TenancyModule],
  providers: [RiskRepository, RiskRecomputeService, RiskSweeperService, RiskService, RiskResolver],
  exports: [RiskRecomputeService, RiskService, RiskSweeperService],
})
export class RiskModule {}
