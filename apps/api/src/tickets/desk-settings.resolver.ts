import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, RequireRole } from '../common/decorators';
import { QueueType, RoutingRuleType, SaveQueueInput, SaveRoutingRuleInput } from './dto/ticket.types';
import { DeskSettingsService } from './desk-settings.service';

@Resolver(() => RoutingRuleType)
export class DeskSettingsResolver {
  constructor(private readonly settings: DeskSettingsService) {}

  @RequireRole('SUPERVISOR')
  @Query(() => [RoutingRuleType], { description: 'Routing rules in the order they are tried.' })
  routingRules(@CurrentUser() auth: AuthUser): Promise<RoutingRuleType[]> {
    return this.settings.rules(auth);
  }

  @RequireRole('ADMIN')
  @Mutation(() => QueueType, { description: 'Creates or renames/reconfigures a queue.' })
  saveQueue(@CurrentUser() auth: AuthUser, @Args('input') input: SaveQueueInput): Promise<QueueType> {
    return this.settings.saveQueue(auth, input);
  }

  @RequireRole('ADMIN')
  @Mutation(() => Boolean, { description: 'Deletes an empty queue that no rule points at.' })
  deleteQueue(@CurrentUser() auth: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.settings.deleteQueue(auth, id);
  }

  @RequireRole('ADMIN')
  @Mutation(() => RoutingRuleType)
  saveRoutingRule(@CurrentUser() auth: AuthUser, @Args('input') input: SaveRoutingRuleInput): Promise<RoutingRuleType> {
    return this.settings.saveRule(auth, input);
  }

  @RequireRole('ADMIN')
  @Mutation(() => Boolean)
  deleteRoutingRule(@CurrentUser() auth: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.settings.deleteRule(auth, id);
  }
}
