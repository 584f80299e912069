import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, RequireRole } from '../common/decorators';
import type { GraphqlContext } from '../graphql/graphql-context';
import { OrganizationType, StoreType, UpdateStoreInput, UserConnection, UserType } from './dto/tenancy.types';
import { TenancyService } from './tenancy.service';

@Resolver(() => UserType)
export class UserResolver {
  constructor(private readonly tenancy: TenancyService) {}

  @Query(() => UserType, { description: 'The signed-in user.' })
  me(@CurrentUser() auth: AuthUser): Promise<UserType> {
    return this.tenancy.me(auth);
  }

  @Query(() => UserConnection, { description: "The organisation's users, by e-mail." })
  users(
    @CurrentUser() auth: AuthUser,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<UserConnection> {
    return this.tenancy.users(auth, first, after);
  }

  @ResolveField(() => OrganizationType)
  organization(@Parent() user: UserType, @Context() ctx: GraphqlContext): Promise<OrganizationType> {
    return ctx.loaders.organization.load(user.organizationId);
  }
}

@Resolver(() => StoreType)
export class StoreResolver {
  constructor(private readonly tenancy: TenancyService) {}

  @Query(() => [StoreType], { description: "The organisation's marketplace accounts." })
  stores(@CurrentUser() auth: AuthUser): Promise<StoreType[]> {
    return this.tenancy.stores(auth);
  }

  @RequireRole('ADMIN')
  @Mutation(() => StoreType, { description: 'Edits a store; `version` must be the one last read (CONFLICT otherwise).' })
  updateStore(@CurrentUser() auth: AuthUser, @Args('input') input: UpdateStoreInput): Promise<StoreType> {
    return this.tenancy.updateStore(auth, input);
  }
}
