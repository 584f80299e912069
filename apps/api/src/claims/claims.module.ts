import { Module } from '@nestjs/common';
import { ClaimsRepository } from './claims.repository';

/** A-to-z claims and chargebacks (ARCHITECTURE.md "claims"). */
@Module({ providers: [ClaimsRepository], exports: [ClaimsRepository] })
export class ClaimsModule {}
