import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser } from '../common/decorators';
import { AvailabilityEnum, UserType } from '../tenancy/dto/tenancy.types';
import { TicketsService } from './tickets.service';

@Resolver(() => UserType)
export class AvailabilityResolver {
  constructor(private readonly tickets: TicketsService) {}

  @Mutation(() => UserType, {
    description: 'Sets the caller ONLINE (receives new tickets, and waiting ones in their languages up to their cap) or AWAY.',
  })
  setMyAvailability(
    @CurrentUser() auth: AuthUser,
    @Args('availability', { type: () => AvailabilityEnum }) availability: 'ONLINE' | 'AWAY',
  ): Promise<UserType> {
    return this.tickets.setAvailability(auth, availability);
  }
}
