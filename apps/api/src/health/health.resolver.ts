import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { MetricKey } from '@lifeline/domain';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser } from '../common/decorators';
import {
  AccountHealthType,
  FulfillmentScopeEnum,
  HealthAlertConnection,
  HealthForecastType,
  HealthMetricKeyEnum,
  HealthTrendPointType,
  MetricOrderConnection,
  type FulfillmentScope,
} from './dto/account-health.types';
import { HealthService } from './health.service';

@Resolver(() => AccountHealthType)
export class AccountHealthResolver {
  constructor(private readonly health: HealthService) {}

  @Query(() => AccountHealthType, { description: "A store's account-health metrics as the marketplace defines them, at asOf (default now)." })
  accountHealth(
    @CurrentUser() auth: AuthUser,
    @Args('storeId', { type: () => ID }) storeId: string,
    @Args('asOf', { type: () => Date, nullable: true }) asOf?: Date | null,
  ): Promise<AccountHealthType> {
    return this.health.accountHealth(auth, storeId, asOf);
  }

  @ResolveField(() => [HealthForecastType], { description: 'ODR in 7 and 14 days at the recent pace of orders and defects.' })
  forecast(@CurrentUser() auth: AuthUser, @Parent() parent: AccountHealthType): Promise<HealthForecastType[]> {
    return this.health.forecast(auth, parent.storeId, parent.asOf);
  }

  @Query(() => [HealthTrendPointType], { description: "One metric's daily snapshots, oldest first (UTC days, inclusive)." })
  accountHealthTrend(
    @CurrentUser() auth: AuthUser,
    @Args('storeId', { type: () => ID }) storeId: string,
    @Args('key', { type: () => HealthMetricKeyEnum }) key: MetricKey,
    @Args('from', { type: () => Date }) from: Date,
    @Args('to', { type: () => Date }) to: Date,
    @Args('fulfillmentChannel', { type: () => FulfillmentScopeEnum, nullable: true }) fulfillmentChannel?: FulfillmentScope | null,
  ): Promise<HealthTrendPointType[]> {
    return this.health.trend(auth, storeId, key, fulfillmentChannel ?? null, from, to);
  }

  @Query(() => HealthAlertConnection, { description: "A store's alert history, newest first." })
  healthAlerts(
    @CurrentUser() auth: AuthUser,
    @Args('storeId', { type: () => ID }) storeId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<HealthAlertConnection> {
    return this.health.alerts(auth, storeId, first, after);
  }

  @Query(() => MetricOrderConnection, { description: "The orders counted in one metric's numerator at asOf (default now), newest purchase first." })
  metricOrders(
    @CurrentUser() auth: AuthUser,
    @Args('storeId', { type: () => ID }) storeId: string,
    @Args('key', { type: () => HealthMetricKeyEnum }) key: MetricKey,
    @Args('fulfillmentChannel', { type: () => FulfillmentScopeEnum, nullable: true }) fulfillmentChannel?: FulfillmentScope | null,
    @Args('asOf', { type: () => Date, nullable: true }) asOf?: Date | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first = 50,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<MetricOrderConnection> {
    return this.health.metricOrders(auth, storeId, key, fulfillmentChannel ?? null, asOf, first, after);
  }
}
