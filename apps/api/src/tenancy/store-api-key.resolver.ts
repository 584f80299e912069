import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, RequireRole } from '../common/decorators';
import { CreatedStoreApiKey, CreateStoreApiKeyInput, StoreApiKeyType } from './dto/store-api-key.types';
import { StoreApiKeyService } from './store-api-key.service';

@Resolver(() => StoreApiKeyType)
export class StoreApiKeyResolver {
  constructor(private readonly keys: StoreApiKeyService) {}

  @RequireRole('ADMIN')
  @Query(() => [StoreApiKeyType], { description: "A store's API keys (never the keys themselves)." })
  storeApiKeys(@CurrentUser() auth: AuthUser, @Args('storeId', { type: () => ID }) storeId: string): Promise<StoreApiKeyType[]> {
    return this.keys.list(auth, storeId);
  }

  @RequireRole('ADMIN')
  @Mutation(() => CreatedStoreApiKey, { description: 'Creates a key for connectors pushing data for a store.' })
  createStoreApiKey(@CurrentUser() auth: AuthUser, @Args('input') input: CreateStoreApiKeyInput): Promise<CreatedStoreApiKey> {
    return this.keys.create(auth, input.storeId, input.name);
  }

  @RequireRole('ADMIN')
  @Mutation(() => StoreApiKeyType, { description: 'Revokes a key at once.' })
  revokeStoreApiKey(@CurrentUser() auth: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<StoreApiKeyType> {
    return this.keys.revoke(auth, id);
  }
}
