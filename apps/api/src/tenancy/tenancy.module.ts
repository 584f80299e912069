import { Module } from '@nestjs/common';
import { OutboxModule } from '../realtime/outbox.module';
import { StoreResolver, UserResolver } from './tenancy.resolver';
import { TenancyRepository } from './tenancy.repository';
import { TenancyService } from './tenancy.service';

@Module({
  imports: [OutboxModule],
  providers: [TenancyRepository, TenancyService, UserResolver, StoreResolver],
  exports: [TenancyRepository],
})
export class TenancyModule {}
