import { Module } from '@nestjs/common';
import { ReturnsRepository } from './returns.repository';

/** Return requests (ARCHITECTURE.md "returns"). */
@Module({ providers: [ReturnsRepository], exports: [ReturnsRepository] })
export class ReturnsModule {}
