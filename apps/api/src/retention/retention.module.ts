import { Module } from '@nestjs/common';
import { RetentionRepository } from './retention.repository';
import { RetentionSweeperService } from './retention-sweeper.service';

/** Buyer PII retention: purge 30 days after delivery unless a case is open (DOMAIN.md §5). */
@Module({ providers: [RetentionRepository, RetentionSweeperService], exports: [RetentionSweeperService] })
export class RetentionModule {}
