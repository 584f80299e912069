import { Module } from '@nestjs/common';
import { OutboxModule } from '../realtime/outbox.module';
import { StoreApiKeyRepository } from './store-api-key.repository';
import { StoreApiKeyResolver } from './store-api-key.resolver';
import { StoreApiKeyService } from './store-api-key.service';
import { StoreKeyGuard } from './store-key.guard';
import { StoreResolver, UserResolver } from './tenancy.resolver';
import { TenancyRepository } from './tenancy.repository';
import { TenancyService } from './tenancy.service';

@Module({
  imports: [OutboxModule],
  providers: [
    TenancyRepository,
    TenancyService,
    UserResolver,
    StoreResolver,
    StoreApiKeyRepository,
    StoreApiKeyService,
    StoreApiKeyResolver,
    StoreKeyGuard,
  ],
  exports: [TenancyRepository, StoreApiKeyService, StoreKeyGuard],
})
export class TenancyModule {}
