import { Module } from '@nestjs/common';

/** Compensation offered to buyers, per-role limits and supervisor approval (ARCHITECTURE.md "compensation"). */
@Module({})
export class CompensationModule {}
