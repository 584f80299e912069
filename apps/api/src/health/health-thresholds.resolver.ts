import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, RequireRole } from '../common/decorators';
import { HealthThresholdsType, UpdateHealthThresholdsInput } from './dto/health-thresholds.types';
import { HealthThresholdsService } from './health-thresholds.service';

@Resolver(() => HealthThresholdsType)
export class HealthThresholdsResolver {
  constructor(private readonly thresholds: HealthThresholdsService) {}

  @Query(() => HealthThresholdsType, { description: "A store's warning lines, red lines and windows per metric." })
  healthThresholds(@CurrentUser() auth: AuthUser, @Args('storeId', { type: () => ID }) storeId: string): Promise<HealthThresholdsType> {
    return this.thresholds.thresholds(auth, storeId);
  }

  @RequireRole('ADMIN')
  @Mutation(() => HealthThresholdsType, { description: "Sets a store's lines (stale version: CONFLICT) and recomputes its metrics at once." })
  updateHealthThresholds(@CurrentUser() auth: AuthUser, @Args('input') input: UpdateHealthThresholdsInput): Promise<HealthThresholdsType> {
    return this.thresholds.update(auth, input);
  }
}
