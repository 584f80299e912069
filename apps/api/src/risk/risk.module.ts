import { Module } from '@nestjs/common';
import { RiskRecomputeService } from './risk-recompute.service';

/** The high-risk order pool (ARCHITECTURE.md "risk"): scores, reasons, claiming from the pool. */
@Module({ providers: [RiskRecomputeService], exports: [RiskRecomputeService] })
export class RiskModule {}
