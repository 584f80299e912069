import DataLoader from 'dataloader';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, RequireRole } from '../common/decorators';
import type { GraphqlContext } from '../graphql/graphql-context';
import { StoreType, UserType } from '../tenancy/dto/tenancy.types';
import { TicketType } from '../tickets/dto/ticket.types';
import { OrderRiskConnection, OrderRiskType, RiskPoolFilterInput, RiskSettingsInput, RiskSettingsType } from './dto/risk.types';
import { RiskService } from './risk.service';

@Resolver(() => OrderRiskType)
export class RiskResolver {
  /** One loader per request: a page of the pool reads its tickets in one query. */
  private readonly ticketLoaders = new WeakMap<object, DataLoader<string, TicketType[]>>();

  constructor(private readonly risk: RiskService) {}

  @Query(() => OrderRiskConnection, { description: 'The high-risk pool: score, then nearest deadline, then order value; keyset-paginated.' })
  riskPool(
    @CurrentUser() auth: AuthUser,
    @Args('filter', { type: () => RiskPoolFilterInput, nullable: true }) filter: RiskPoolFilterInput | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<OrderRiskConnection> {
    return this.risk.pool(auth, filter, first, after);
  }

  @Query(() => OrderRiskType, { nullable: true, description: "An order's risk score and reasons (the ticket view); null when not scored." })
  orderRisk(
    @CurrentUser() auth: AuthUser,
    @Args('storeId', { type: () => ID }) storeId: string,
    @Args('marketplaceOrderId', { type: () => String }) marketplaceOrderId: string,
  ): Promise<OrderRiskType | null> {
    return this.risk.orderRisk(auth, storeId, marketplaceOrderId);
  }

  @Mutation(() => OrderRiskType, { description: 'Takes an order from the pool; CONFLICT naming the holder when someone else has it.' })
  claimRiskOrder(@CurrentUser() auth: AuthUser, @Args('id', { type: () => ID }) id: string, @Args('version', { type: () => Int }) version: number): Promise<OrderRiskType> {
    return this.risk.claim(auth, id, version);
  }

  @Mutation(() => OrderRiskType, { description: 'Gives a claimed order back to the pool (its holder, or a supervisor).' })
  releaseRiskOrder(@CurrentUser() auth: AuthUser, @Args('id', { type: () => ID }) id: string, @Args('version', { type: () => Int }) version: number): Promise<OrderRiskType> {
    return this.risk.release(auth, id, version);
  }

  @Mutation(() => OrderRiskType, { description: 'Marks the risk handled: the order leaves the pool until a new reason appears.' })
  resolveRiskOrder(
    @CurrentUser() auth: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Promise<OrderRiskType> {
    return this.risk.resolve(auth, id, version, note);
  }

  @Mutation(() => OrderRiskType, { description: 'Takes back a handled order; it is in the pool again when it scores at the threshold.' })
  reopenRiskOrder(@CurrentUser() auth: AuthUser, @Args('id', { type: () => ID }) id: string, @Args('version', { type: () => Int }) version: number): Promise<OrderRiskType> {
    return this.risk.reopen(auth, id, version);
  }

  @Query(() => RiskSettingsType)
  riskSettings(@CurrentUser() auth: AuthUser): Promise<RiskSettingsType> {
    return this.risk.settings(auth);
  }

  @RequireRole('ADMIN')
  @Mutation(() => RiskSettingsType, { description: "Saves weights, threshold and timings (with the version read) and re-scores the organisation's orders." })
  updateRiskSettings(
    @CurrentUser() auth: AuthUser,
    @Args('version', { type: () => Int }) version: number,
    @Args('settings', { type: () => RiskSettingsInput }) settings: RiskSettingsInput,
  ): Promise<RiskSettingsType> {
    return this.risk.updateSettings(auth, version, settings);
  }

  @ResolveField(() => StoreType)
  store(@Parent() r: OrderRiskType, @Context() ctx: GraphqlContext): Promise<StoreType> {
    return ctx.loaders.store.load(`${r.organizationId}|${r.storeId}`);
  }

  @ResolveField(() => UserType, { nullable: true, description: 'The agent working the order.' })
  claimedBy(@Parent() r: OrderRiskType, @Context() ctx: GraphqlContext): Promise<UserType> | null {
    return r.claimedById ? ctx.loaders.user.load(`${r.organizationId}|${r.claimedById}`) : null;
  }

  @ResolveField(() => UserType, { nullable: true })
  resolvedBy(@Parent() r: OrderRiskType, @Context() ctx: GraphqlContext): Promise<UserType> | null {
    return r.resolvedById ? ctx.loaders.user.load(`${r.organizationId}|${r.resolvedById}`) : null;
  }

  @ResolveField(() => [TicketType], { description: "The order's tickets, oldest first." })
  tickets(@Parent() r: OrderRiskType, @Context() ctx: GraphqlContext): Promise<TicketType[]> {
    let loader = this.ticketLoaders.get(ctx.req);
    if (!loader) {
      const organizationId = r.organizationId;
      loader = new DataLoader((keys: readonly string[]) => this.risk.ticketsOfOrders(organizationId, keys));
      this.ticketLoaders.set(ctx.req, loader);
    }
    return loader.load(`${r.storeId}|${r.marketplaceOrderId}`);
  }
}
